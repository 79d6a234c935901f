package app.kith.web.dupes;

import app.kith.Conflict;
import app.kith.Counts;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.dupes.Duplicate;
import app.kith.dupes.Duplicates;
import app.kith.dupes.MergeRecord;
import app.kith.person.Person;
import app.kith.person.Photos;
import app.kith.web.Dates;
import app.kith.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing likely duplicates. Each pair says who is kept and who is merged in (the one with more
 * history is kept unless the user swaps them), and why Kith thinks they are one. A merge is
 * confirmed first, saying what it will do, and offers its undo at once; "Not the same person"
 * puts the pair away for good, with an undo in its place. htmx gets each step in the pair's place;
 * without JavaScript each is a page.
 */
@Controller
class DuplicatesPage {

    private final Duplicates duplicates;
    private final Photos photos;
    private final Clock clock;

    DuplicatesPage(Duplicates duplicates, Photos photos, Clock clock) {
        this.duplicates = duplicates;
        this.photos = photos;
        this.clock = clock;
    }

    /** {@code keep} and {@code other}: the pair of these two shown with this one kept; {@code merged}: the merge just made. */
    @GetMapping("/people/duplicates")
    String show(Account account, @RequestParam(required = false) Long keep, @RequestParam(required = false) Long other,
                @RequestParam(required = false) Long merged, Model model) {
        List<Duplicate> pairs = duplicates.duplicates(account.id());
        Set<Long> withPhoto = photos.having(account.id(), pairs.stream().flatMap(d -> Stream.of(d.a().id(), d.b().id())).toList());
        List<MergeRecord> merges = duplicates.merges(account.id());
        model.addAttribute("page", new DuplicatesView(
                pairs.stream().map(d -> PairView.of(keep != null && other != null && d.is(keep, other) && d.a().id() != keep
                        ? d.swapped() : d, withPhoto)).toList(),
                merges.stream().map(m -> row(account, m)).toList(),
                merges.stream().filter(m -> merged != null && m.id() == merged).findFirst().map(m -> row(account, m)).orElse(null),
                (DismissedView) model.getAttribute("dismissed"), (String) model.getAttribute("notice"),
                (String) model.getAttribute("error")));
        return "duplicates";
    }

    /** A pair in its place again, with {@code keep} kept: swapping who is kept, or a confirmation cancelled. */
    @GetMapping("/people/duplicates/pair")
    String pair(Account account, @RequestParam long keep, @RequestParam long other, HttpServletRequest request,
                Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/people/duplicates?keep=" + keep + "&other=" + other + "#" + PairView.slot(keep, other);
        }
        model.addAttribute("pair", pairView(account, keep, other));
        return "dupes/pair";
    }

    /** What merging {@code other} into {@code keep} will do, and the button that does it. */
    @GetMapping("/people/duplicates/merge")
    String confirm(Account account, @RequestParam long keep, @RequestParam long other, HttpServletRequest request,
                   Model model) {
        PairView pair = pairView(account, keep, other);
        model.addAttribute("confirm", MergeConfirmView.of(duplicates.preview(account.id(), keep, other), pair.keep(),
                pair.other()));
        return Htmx.isHtmx(request) ? "dupes/confirm" : "duplicates-confirm";
    }

    @PostMapping("/people/duplicates/merge")
    String merge(Account account, @RequestParam long keep, @RequestParam long other, RedirectAttributes redirect) {
        try {
            duplicates.merge(account.id(), keep, other, account.today(clock));
        } catch (Invalid | Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/people/duplicates";
        }
        long id = duplicates.merges(account.id()).stream().filter(m -> m.mergedId() == other).mapToLong(MergeRecord::id)
                .findFirst().orElseThrow();
        return "redirect:/people/duplicates?merged=" + id;
    }

    @PostMapping("/people/duplicates/merges/{id}/undo")
    String undo(Account account, @PathVariable long id, RedirectAttributes redirect) {
        try {
            Person kept = duplicates.unmerge(account.id(), id);
            redirect.addFlashAttribute("notice", "Undone: " + kept.name() + " is as before the merge, and the other"
                    + " person is back.");
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/duplicates";
    }

    /** "Not the same person": the pair is never suggested again; its undo takes its place. */
    @PostMapping("/people/duplicates/dismiss")
    String dismiss(Account account, @RequestParam long keep, @RequestParam long other, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        PairView pair = pairView(account, keep, other);
        duplicates.dismiss(account.id(), keep, other);
        DismissedView dismissed = new DismissedView(pair.slot(), keep, pair.keep().name(), other, pair.other().name());
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute("dismissed", dismissed);
            return "redirect:/people/duplicates";
        }
        model.addAttribute("dismissed", dismissed);
        return "dupes/dismissed";
    }

    /** Takes a "not the same person" back: the pair is suggested again, in its place. */
    @PostMapping("/people/duplicates/undismiss")
    String undismiss(Account account, @RequestParam long keep, @RequestParam long other, HttpServletRequest request,
                     Model model) {
        duplicates.undismiss(account.id(), keep, other);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/people/duplicates#" + PairView.slot(keep, other);
        }
        model.addAttribute("pair", pairView(account, keep, other));
        return "dupes/pair";
    }

    /** The likely pair of these two, {@code keep} kept; NotFound when they are no likely pair (any more). */
    private PairView pairView(Account account, long keep, long other) {
        Duplicate d = duplicates.duplicates(account.id()).stream().filter(p -> p.is(keep, other)).findFirst()
                .orElseThrow(() -> new NotFound("No likely pair of " + keep + " and " + other));
        return PairView.of(d.a().id() == keep ? d : d.swapped(), photos.having(account.id(), List.of(keep, other)));
    }

    private static DuplicatesView.MergeRow row(Account account, MergeRecord m) {
        return new DuplicatesView.MergeRow(m.id(), m.keptId(), m.keptName(), m.mergedName(),
                Counts.of().add(m.touchpoints(), "touchpoint", "touchpoints").add(m.asks(), "ask", "asks")
                        .add(m.introductions(), "introduction", "introductions")
                        .add(m.reminders(), "reminder", "reminders").add(m.keyDates(), "key date", "key dates").or(null),
                Dates.date(m.mergedAt().atZone(account.settings().timeZone()).toLocalDate()));
    }
}
