package app.kith.web.people;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.BulkChange;
import app.kith.person.BulkEdits;
import app.kith.person.BulkResult;
import app.kith.person.Selection;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import app.kith.web.Inputs;
import app.kith.web.Wording;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The People list's bulk changes: the people ticked, or everyone matching the filters, put in or
 * taken out of a circle, given a rhythm, marked awesome or connector (or no longer), or deleted
 * with one undo for them all. Both answers go back to the list as it was filtered, saying what
 * was done; htmx follows the redirect and swaps in the results. A refusal (nobody ticked, an
 * unknown circle) is a 400 for htmx, which keeps what was ticked, and a notice otherwise.
 */
@Controller
class PeopleBulkPage {

    /** The flash attribute that carries what was done to the list. */
    static final String FLASH = "bulkDone";

    private final BulkEdits bulk;
    private final Clock clock;

    PeopleBulkPage(BulkEdits bulk, Clock clock) {
        this.bulk = bulk;
        this.clock = clock;
    }

    /** The filters (q, circle, due, why, sort, page) are the list's, so the answer shows the same list. */
    @PostMapping("/people/bulk")
    String apply(Account account, @RequestParam(required = false) List<Long> ids,
                 @RequestParam(defaultValue = "") String all, @RequestParam(defaultValue = "") String action,
                 @RequestParam(required = false) String circle, @RequestParam(required = false) String rhythmDays,
                 @RequestParam(required = false) String q, @RequestParam(name = "circleFilter", required = false) String inCircle,
                 @RequestParam(required = false) String due, @RequestParam(required = false) String why,
                 @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                 HttpServletRequest request, RedirectAttributes redirect) {
        PeopleFilters filters = PeopleFilters.parse(q, inCircle, due, why, sort, page);
        try {
            BulkChange change = change(action, circle, rhythmDays);
            Selection selection = all.isBlank() ? new Selection.Ids(ids) : new Selection.Matching(filters.query(1));
            BulkResult done = bulk.apply(account.id(), selection, change, account.today(clock));
            redirect.addFlashAttribute(FLASH, new PeopleView.BulkNotice(said(change, done), done.batch(), false));
        } catch (Invalid e) {
            String message = FormErrors.inWords(e.field(), e.getMessage());
            if (Htmx.isHtmx(request)) {
                throw new Invalid(e.field(), message);
            }
            redirect.addFlashAttribute(FLASH, new PeopleView.BulkNotice(message, null, true));
        }
        return "redirect:" + filters.url(filters.page());
    }

    @PostMapping("/people/bulk/{batch}/restore")
    String restore(Account account, @PathVariable long batch, @RequestParam(required = false) String q,
                   @RequestParam(name = "circleFilter", required = false) String inCircle,
                   @RequestParam(required = false) String due, @RequestParam(required = false) String why,
                   @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                   RedirectAttributes redirect) {
        PeopleFilters filters = PeopleFilters.parse(q, inCircle, due, why, sort, page);
        int restored = bulk.restore(account.id(), batch);
        redirect.addFlashAttribute(FLASH, new PeopleView.BulkNotice(restored == 0 ? "Nothing left to restore: they are back already."
                : "Restored " + people(restored) + ", with everything they had.", null, false));
        return "redirect:" + filters.url(filters.page());
    }

    /** The form's action and its value: a circle's name, or a rhythm in days (empty: none of their own). */
    private static BulkChange change(String action, String circle, String rhythmDays) {
        return switch (action) {
            case "add-to-circle" -> new BulkChange.AddToCircle(circle);
            case "remove-from-circle" -> new BulkChange.RemoveFromCircle(circle);
            case "set-rhythm" -> new BulkChange.SetRhythm(Inputs.number("rhythmDays", rhythmDays));
            case "awesome-on" -> new BulkChange.SetWhy(true, null);
            case "awesome-off" -> new BulkChange.SetWhy(false, null);
            case "connector-on" -> new BulkChange.SetWhy(null, true);
            case "connector-off" -> new BulkChange.SetWhy(null, false);
            case "delete" -> new BulkChange.Delete();
            default -> throw new Invalid("action", "Choose what to change for the people ticked");
        };
    }

    /** What was done, in words: "Gave 3 people a rhythm of every 30 days (2 had another)." */
    private static String said(BulkChange change, BulkResult r) {
        String who = people(r.selected());
        String unchanged = r.changed() == r.selected() ? "" : " (" + (r.selected() - r.changed()) + " already "
                + (change instanceof BulkChange.AddToCircle ? "in it" : change instanceof BulkChange.RemoveFromCircle
                ? "out of it" : "so") + ")";
        if (change instanceof BulkChange.AddToCircle add) {
            return "Put " + who + " in " + add.circle() + unchanged + ".";
        }
        if (change instanceof BulkChange.RemoveFromCircle remove) {
            return "Took " + who + " out of " + remove.circle() + unchanged + ".";
        }
        if (change instanceof BulkChange.SetRhythm rhythm) {
            return (rhythm.days() == null ? "Took their own rhythm from " + who + "; their circles' applies"
                    : "Gave " + who + " a rhythm of every " + Wording.days(rhythm.days())) + unchanged + ".";
        }
        if (change instanceof BulkChange.SetWhy why) {
            String what = why.awesome() != null ? (why.awesome() ? "awesome" : "no longer awesome")
                    : (why.connector() ? "a connector" : "no longer a connector");
            return "Marked " + who + " " + what + unchanged + ".";
        }
        return "Deleted " + who + ".";
    }

    private static String people(int n) {
        return n == 1 ? "1 person" : n + " people";
    }
}
