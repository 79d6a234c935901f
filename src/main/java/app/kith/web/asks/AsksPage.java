package app.kith.web.asks;

import app.kith.NotFound;
import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.trash.Trash;
import app.kith.web.TrashUndo;
import app.kith.ask.Answer;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asks on a person's page: record one, answer it (yes, no, punt, drop), follow up or log their
 * reply. htmx gets the asks section back; a browser without JavaScript the page.
 */
@Controller
class AsksPage {

    private static final Map<String, String> FIELDS = Map.of("text", "text", "on", "on", "to", "to", "answer", "form");

    private final Asks asks;
    private final People people;
    private final PersonAsks section;
    private final Clock clock;
    private final Trash trash;

    AsksPage(Asks asks, People people, PersonAsks section, Clock clock, Trash trash) {
        this.trash = trash;
        this.asks = asks;
        this.people = people;
        this.section = section;
        this.clock = clock;
    }

    @PostMapping("/people/{id}/asks")
    String ask(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String text,
               @RequestParam(required = false) String on, @RequestParam(required = false) String channel,
               HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        LocalDate today = account.today(clock);
        try {
            Checks checks = new Checks();
            LocalDate day = on == null || on.isBlank() ? today : checks.value(() -> Fields.date("on", on));
            if (checks.refusedAny()) {
                checks.run(() -> asks.check(new NewAsk(id, text, today, channel), today)); // the rest, said at once
                checks.done();
            }
            asks.ask(account, new NewAsk(id, text, day, channel), today);
        } catch (Invalid e) {
            return section(account, person, text, on, FormErrors.of(e, FIELDS), null, request, model, redirect);
        }
        return section(account, person, "", null, Map.of(), "Recorded. Kith brings it back if there is no answer in "
                + account.settings().followUpDays() + " days.", request, model, redirect);
    }

    @PostMapping("/people/{id}/asks/{askId}/answer")
    String answer(Account account, @PathVariable long id, @PathVariable long askId, @RequestParam String answer,
                  @RequestParam(required = false) String to, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        try {
            asks.answer(account, askId, Answer.parse(answer, to), null, account.today(clock));
        } catch (Invalid | Conflict e) {
            String field = e instanceof Invalid invalid ? invalid.field() : "form";
            return section(account, person, "", null, Map.of("answer-" + askId, FormErrors.inWords(field, e.getMessage())),
                    null, request, model, redirect);
        }
        return section(account, person, "", null, Map.of(), null, request, model, redirect);
    }

    /** Deletes an ask into the trash; the person's page offers the Undo. */
    @PostMapping("/people/{id}/asks/{askId}/delete")
    String delete(Account account, @PathVariable long id, @PathVariable long askId, RedirectAttributes redirect) {
        LocalDate today = account.today(clock);
        if (asks.get(account, askId, today).person().id() != id) {
            throw new NotFound("No ask " + askId + " of person " + id);
        }
        asks.delete(account, askId, today);
        redirect.addFlashAttribute(TrashUndo.FLASH, TrashUndo.of(trash.get(account.id(), "ask", askId),
                "/people/" + id + "#asks"));
        return "redirect:/people/" + id + "#asks";
    }

    @PostMapping("/people/{id}/asks/{askId}/follow-up")
    String followUp(Account account, @PathVariable long id, @PathVariable long askId,
                    @RequestParam(defaultValue = "false") boolean replied, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        LocalDate today = account.today(clock);
        if (replied) {
            asks.replied(account, askId, null, null, null, today);
        } else {
            asks.followUp(account, askId, null, null, null, today);
        }
        return section(account, person, "", null, Map.of(), replied ? "Logged their reply." : "Logged your follow-up.",
                request, model, redirect);
    }

    /** The section again for htmx; otherwise back to the page, carrying what to show in the section. */
    private String section(Account account, Person person, String text, String on, Map<String, String> errors,
                           String notice, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(PersonAsks.FLASH, new PersonAsks.Carried(text, on, errors, notice));
            return "redirect:/people/" + person.id() + "#asks";
        }
        model.addAttribute("asks", section.view(account, person.id(), person.name(), text, on, errors, notice));
        return "person-asks";
    }
}
