package app.kith.web;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.dupes.Duplicates;
import app.kith.person.Person;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reviewing likely duplicates: each pair with why Kith thinks they are one person, merged in one
 * click into whichever is kept; every merge of the last 30 days can be undone.
 */
@Controller
class DuplicatesPage {

    private final Duplicates duplicates;
    private final Clock clock;

    DuplicatesPage(Duplicates duplicates, Clock clock) {
        this.duplicates = duplicates;
        this.clock = clock;
    }

    @GetMapping("/people/duplicates")
    String show(Account account, Model model) {
        String notice = (String) model.getAttribute("notice");
        String error = (String) model.getAttribute("error");
        model.addAttribute("page", new DuplicatesView(duplicates.duplicates(account.id()), duplicates.merges(account.id()),
                notice, error));
        return "duplicates";
    }

    @PostMapping("/people/duplicates/merge")
    String merge(Account account, @RequestParam long keep, @RequestParam long other, RedirectAttributes redirect) {
        try {
            Person kept = duplicates.merge(account.id(), keep, other, account.today(clock));
            redirect.addFlashAttribute("notice", "Merged into " + kept.name() + ": nothing was lost, and Recent merges"
                    + " below can undo it.");
        } catch (Invalid | Conflict e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/people/duplicates";
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
}
