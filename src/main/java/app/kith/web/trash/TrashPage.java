package app.kith.web.trash;

import app.kith.Conflict;
import app.kith.account.Account;
import app.kith.trash.Trash;
import app.kith.trash.Trashed;
import app.kith.web.Dates;
import app.kith.web.LocalPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash: whatever was deleted in the last 30 days, to restore as it was or to delete for good
 * now. Every Undo offered after a delete restores through here and goes back where it was.
 */
@Controller
class TrashPage {

    /** The kinds in the order the page shows them, with their headings. */
    private static final Map<String, String> TITLES = Map.of("person", "People", "circle", "Circles", "ask", "Asks",
            "introduction", "Introductions", "touchpoint", "Touchpoints", "template", "Message starters");

    private final Trash trash;
    private final Clock clock;

    TrashPage(Trash trash, Clock clock) {
        this.trash = trash;
        this.clock = clock;
    }

    @GetMapping("/trash")
    String show(Account account, Model model) {
        ZoneId zone = account.settings().timeZone();
        LocalDate today = account.today(clock);
        List<TrashView.Group> groups = new ArrayList<>();
        List<Trashed> all = trash.list(account.id());
        for (String kind : Trash.KINDS) {
            List<TrashView.Row> rows = all.stream().filter(t -> t.kind().equals(kind))
                    .map(t -> new TrashView.Row(t.kind(), t.id(), t.label(), t.personName(),
                            Dates.day(LocalDate.ofInstant(t.deletedAt(), zone), today),
                            Dates.date(LocalDate.ofInstant(t.purgedAt(), zone))))
                    .toList();
            if (!rows.isEmpty()) {
                groups.add(new TrashView.Group(TITLES.get(kind), rows));
            }
        }
        model.addAttribute("view", new TrashView(groups, (String) model.getAttribute("notice")));
        return "trash";
    }

    /** Restore (the page's button, or an Undo after a delete, which says where to go back to). */
    @PostMapping("/trash/{kind}/{id}/restore")
    String restore(Account account, @PathVariable String kind, @PathVariable long id,
                   @RequestParam(name = "return", required = false) String returnTo, RedirectAttributes redirect) {
        Trashed back;
        try {
            back = trash.restore(account, kind, id);
        } catch (Conflict e) {
            redirect.addFlashAttribute("notice", e.getMessage() + ".");
            return "redirect:/trash";
        }
        redirect.addFlashAttribute("notice", "Restored: " + back.label() + ".");
        String to = LocalPath.orNull(returnTo);
        return "redirect:" + (to == null ? "/trash" : to);
    }

    @PostMapping("/trash/{kind}/{id}/delete")
    String deleteNow(Account account, @PathVariable String kind, @PathVariable long id, RedirectAttributes redirect) {
        Trashed gone = trash.deleteNow(account.id(), kind, id);
        redirect.addFlashAttribute("notice", "Deleted for good: " + gone.label() + ".");
        return "redirect:/trash";
    }

    @PostMapping("/trash/empty")
    String empty(Account account, RedirectAttributes redirect) {
        int n = trash.empty(account.id());
        redirect.addFlashAttribute("notice", n == 0 ? "The trash was empty." : "Deleted for good "
                + (n == 1 ? "1 thing." : n + " things."));
        return "redirect:/trash";
    }
}
