package app.kith.web.today;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.FirstRun;
import app.kith.web.FormErrors;
import app.kith.web.Inputs;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The first-run checklist's actions: the time zone (the browser's, offered in one click) and the
 * daily capacity set from Today, each ticking its step, and going on to Today. Each goes back to
 * Today; a refused value is said next to its field there.
 */
@Controller
class FirstRunPage {

    private final Accounts accounts;
    private final FirstRun firstRun;

    FirstRunPage(Accounts accounts, FirstRun firstRun) {
        this.accounts = accounts;
        this.firstRun = firstRun;
    }

    @PostMapping("/settings/time-zone")
    String timeZone(Account account, @RequestParam(defaultValue = "") String timeZone, RedirectAttributes redirect) {
        try {
            accounts.setTimeZone(account.id(), timeZone);
            firstRun.timeZoneSet(account.id());
        } catch (Invalid e) {
            redirect.addFlashAttribute(FirstRunChecklist.FLASH, Map.of("timeZone", FormErrors.inWords(e.field(), e.getMessage())));
        }
        return "redirect:/today";
    }

    @PostMapping("/settings/capacity")
    String capacity(Account account, @RequestParam(defaultValue = "") String capacity, RedirectAttributes redirect) {
        try {
            Integer n = Inputs.number("capacity", capacity);
            if (n == null) {
                throw new Invalid("capacity", "Say how many people a day, from 1 to 100");
            }
            accounts.setCapacity(account.id(), n);
            firstRun.capacitySet(account.id());
        } catch (Invalid e) {
            redirect.addFlashAttribute(FirstRunChecklist.FLASH, Map.of("capacity",
                    FormErrors.inWords(e.field(), e.getMessage()).replace("a whole number of days", "a whole number")));
        }
        return "redirect:/today";
    }

    @PostMapping("/first-run/done")
    String done(Account account) {
        firstRun.finish(account.id());
        return "redirect:/today";
    }
}
