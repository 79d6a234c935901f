package app.kith.web.people;

import app.kith.Checks;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.CircleChoice;
import app.kith.web.FormErrors;
import app.kith.web.LocalPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Adding a person: one short form, only the name required. The day you were last in touch, when
 * given, is logged with them. Afterwards the browser goes to their page, or back to where the form
 * was opened from ({@code return}, a path on this site: Today adds people too).
 */
@Controller
class NewPersonPage {

    /** The features' field names, as the controls of this form. */
    private static final Map<String, String> FIELDS = Map.of("name", "name", "emails", "email", "circles", "circle",
            "rhythmDays", "rhythmDays", "why", "why", "lastTouchOn", "lastTouch");

    private final People people;
    private final Circles circles;
    private final Clock clock;

    NewPersonPage(People people, Circles circles, Clock clock) {
        this.people = people;
        this.circles = circles;
        this.clock = clock;
    }

    @GetMapping("/people/new")
    String show(Account account, @RequestParam(name = "return", required = false) String returnTo,
                @RequestParam(required = false) Long deleted, Model model) {
        model.addAttribute("page", view(account, NewPersonForm.EMPTY, LocalPath.orNull(returnTo), Map.of(),
                UndoBanner.of(people, account.id(), deleted)));
        return "person-new";
    }

    @PostMapping("/people")
    String add(Account account, NewPersonForm form, @RequestParam(name = "return", required = false) String returnTo,
               Model model) {
        String back = LocalPath.orNull(returnTo);
        try {
            Checks checks = new Checks();
            PersonDraft draft = form.toDraft(checks, account.settings().defaultRhythmDays());
            LocalDate lastTouch = checks.value(form::lastTouchOn);
            if (checks.refusedAny()) {
                checks.run(() -> people.check(draft)); // what the form could not read, with the rest said at once
                checks.done();
            }
            Person added = people.add(account.id(), draft, account.today(clock), lastTouch);
            return "redirect:" + (back != null ? back : "/people/" + added.id());
        } catch (Invalid e) {
            model.addAttribute("page", view(account, form, back, FormErrors.of(e, FIELDS), null));
            return "person-new";
        }
    }

    private NewPersonView view(Account account, NewPersonForm form, String back, Map<String, String> errors,
                               UndoBanner undo) {
        List<String> chosen = form.circle() == null || form.circle().isBlank() ? List.of() : List.of(form.circle());
        Integer byDefault = account.settings().defaultRhythmDays();
        return new NewPersonView(form, back, account.today(clock).toString(),
                CircleChoice.of(circles.list(account.id()), chosen),
                byDefault == null ? null : "every " + byDefault + " days (your default)", errors, undo);
    }
}
