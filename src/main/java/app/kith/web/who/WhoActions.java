package app.kith.web.who;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What one click does from a "Who knows" result: ask them about the search (and undo it, or
 * reword it), or propose introducing them to someone looking for it (and undo it). htmx gets the
 * action's place back as it now is; a browser without JavaScript the same search again, saying
 * what was done. Each form carries the search it came from ({@code q}, {@code circle},
 * {@code location}, {@code why}) to go back to.
 */
@Controller
class WhoActions {

    private final Asks asks;
    private final Introductions introductions;
    private final People people;
    private final WhoResults results;
    private final Clock clock;

    WhoActions(Asks asks, Introductions introductions, People people, WhoResults results, Clock clock) {
        this.asks = asks;
        this.introductions = introductions;
        this.people = people;
        this.results = results;
        this.clock = clock;
    }

    /** The search a form came from. */
    @ModelAttribute("search")
    WhoFilters search(@RequestParam(required = false) String q, @RequestParam(required = false) String circle,
                      @RequestParam(required = false) String location, @RequestParam(required = false) String why) {
        return WhoFilters.parse(q, circle, location, why);
    }

    @PostMapping("/who/ask")
    String ask(Account account, @ModelAttribute("search") WhoFilters f, @RequestParam long personId,
               @RequestParam(defaultValue = "") String text, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        Person p = people.get(account.id(), personId);
        AskSlot slot = results.askSlot(p, f);
        try {
            Ask made = asks.ask(account, new NewAsk(p.id(), text, null, null), account.today(clock));
            slot = slot.asked(made.id(), made.text());
        } catch (Invalid e) {
            slot = slot.refused(FormErrors.inWords(e.field(), e.getMessage()));
        }
        return ask(slot, "You asked " + slot.firstName() + " for " + slot.text() + ".", request, model, redirect);
    }

    /** The ask just made taken back: gone, with the touchpoint it logged. */
    @PostMapping("/who/asks/{askId}/undo")
    String undoAsk(Account account, @ModelAttribute("search") WhoFilters f, @PathVariable long askId,
                   @RequestParam long personId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person p = people.get(account.id(), personId);
        LocalDate today = account.today(clock);
        Ask ask = askOf(account, askId, p, today);
        AskSlot slot = results.askSlot(p, f).asked(askId, ask.text());
        try {
            asks.withdraw(account, askId, today, today);
            slot = results.askSlot(p, f);
        } catch (Conflict e) {
            slot = slot.refused(e.getMessage());
        }
        return ask(slot, "The ask is taken back.", request, model, redirect);
    }

    /** The ask just made, reworded: taken back and asked again with the new words, as one ask. */
    @PostMapping("/who/asks/{askId}/edit")
    String editAsk(Account account, @ModelAttribute("search") WhoFilters f, @PathVariable long askId,
                   @RequestParam long personId, @RequestParam(defaultValue = "") String text, HttpServletRequest request,
                   Model model, RedirectAttributes redirect) {
        Person p = people.get(account.id(), personId);
        LocalDate today = account.today(clock);
        Ask ask = askOf(account, askId, p, today);
        AskSlot slot = results.askSlot(p, f).asked(askId, ask.text());
        try {
            asks.check(new NewAsk(p.id(), text, null, null), today);
            asks.withdraw(account, askId, today, today);
            Ask made = asks.ask(account, new NewAsk(p.id(), text, null, null), today);
            slot = slot.asked(made.id(), made.text());
        } catch (Invalid e) {
            slot = slot.refused(FormErrors.inWords(e.field(), e.getMessage()));
        } catch (Conflict e) {
            slot = slot.refused(e.getMessage());
        }
        return ask(slot, "You asked " + slot.firstName() + " for " + slot.text() + ".", request, model, redirect);
    }

    @PostMapping("/who/introduce")
    String introduce(Account account, @ModelAttribute("search") WhoFilters f, @RequestParam long personId,
                     @RequestParam long seekerId, @RequestParam(defaultValue = "") String need,
                     @RequestParam(defaultValue = "") String reason, HttpServletRequest request, Model model,
                     RedirectAttributes redirect) {
        Person p = people.get(account.id(), personId);
        Person seeker = people.get(account.id(), seekerId);
        IntroSlot slot = WhoResults.introSlot(p.id(), seeker.id(), seeker.name(), need, reason, f);
        try {
            Introduction made = introductions.propose(account.id(), new NewIntroduction(p.id(), seeker.id(), reason, null),
                    account.today(clock));
            slot = slot.proposed(made.id());
        } catch (Invalid e) {
            slot = slot.refused(FormErrors.inWords(e.field(), e.getMessage()));
        } catch (Conflict e) {
            slot = slot.refused(e.getMessage());
        }
        return intro(slot, p, "Proposed introducing " + Messages.firstName(p.name()) + " to " + seeker.name()
                + ": now ask them both whether they'd like to meet.", request, model, redirect);
    }

    /** The introduction just proposed taken back: gone. */
    @PostMapping("/who/introductions/{introId}/undo")
    String undoIntroduction(Account account, @ModelAttribute("search") WhoFilters f, @PathVariable long introId,
                            @RequestParam long personId, @RequestParam(defaultValue = "") String need,
                            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person p = people.get(account.id(), personId);
        Introduction made = introductions.get(account.id(), introId);
        if (made.side(p.id()) == null) {
            throw new NotFound("No introduction " + introId + " of person " + personId);
        }
        Introduction.Side seeker = made.other(p.id());
        IntroSlot slot = WhoResults.introSlot(p.id(), seeker.id(), seeker.name(), need, made.reason(), f);
        try {
            introductions.withdraw(account.id(), introId, account.today(clock));
        } catch (Conflict e) {
            slot = slot.proposed(introId).refused(e.getMessage());
        }
        return intro(slot, p, "The introduction is taken back.", request, model, redirect);
    }

    private Ask askOf(Account account, long askId, Person p, LocalDate today) {
        Ask ask = asks.get(account, askId, today);
        if (ask.person().id() != p.id()) {
            throw new NotFound("No ask " + askId + " of person " + p.id());
        }
        return ask;
    }

    private static String ask(AskSlot slot, String notice, HttpServletRequest request, Model model,
                              RedirectAttributes redirect) {
        if (Htmx.isHtmx(request)) {
            model.addAttribute("slot", slot);
            return "who/ask";
        }
        redirect.addFlashAttribute(WhoPage.FLASH, new WhoResults.Done(slot.personId(), slot.askId(), slot.text(), null,
                null, slot.error() != null ? slot.error() : notice));
        return "redirect:" + slot.filters().url();
    }

    private static String intro(IntroSlot slot, Person p, String notice, HttpServletRequest request, Model model,
                                RedirectAttributes redirect) {
        if (Htmx.isHtmx(request)) {
            model.addAttribute("slot", slot);
            return "who/intro";
        }
        redirect.addFlashAttribute(WhoPage.FLASH, new WhoResults.Done(p.id(), null, null, slot.seekerId(),
                slot.introId(), slot.error() != null ? slot.error() : notice));
        return "redirect:" + slot.filters().url();
    }
}
