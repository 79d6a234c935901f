package app.kith.web.person;

import app.kith.Checks;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.CircleChoice;
import app.kith.web.FormErrors;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editing every field of a person; their touchpoints and clock stay. */
@Controller
class EditPersonPage {

    /** Every field the features may refuse is a control of this form, under the same name. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "name"),
            Map.entry("emails", "emails"), Map.entry("phones", "phones"), Map.entry("company", "company"),
            Map.entry("role", "role"), Map.entry("location", "location"), Map.entry("linkedinUrl", "linkedinUrl"),
            Map.entry("birthday", "birthday"), Map.entry("howWeMet", "howWeMet"), Map.entry("topics", "topics"),
            Map.entry("why", "why"), Map.entry("rhythmDays", "rhythmDays"), Map.entry("notes", "notes"),
            Map.entry("circles", "circles"), Map.entry("lookingFor", "lookingFor"));

    private final People people;
    private final Circles circles;

    EditPersonPage(People people, Circles circles) {
        this.people = people;
        this.circles = circles;
    }

    @GetMapping("/people/{id}/edit")
    String show(Account account, @PathVariable long id, Model model) {
        Person person = people.get(account.id(), id);
        return form(account, model, person, PersonForm.of(person), Map.of());
    }

    @PostMapping("/people/{id}")
    String save(Account account, @PathVariable long id, PersonForm form, Model model) {
        Person person = people.get(account.id(), id);
        try {
            Checks checks = new Checks();
            PersonDraft draft = form.toDraft(person.startedOn(), checks);
            if (checks.refusedAny()) {
                checks.run(() -> people.check(draft)); // what the form could not read, with the rest said at once
                checks.done();
            }
            people.update(account.id(), id, draft);
            return "redirect:/people/" + id;
        } catch (Invalid e) {
            return form(account, model, person, form, FormErrors.of(e, FIELDS));
        }
    }

    private String form(Account account, Model model, Person person, PersonForm form, Map<String, String> errors) {
        model.addAttribute("page", new PersonEditView(person.id(), person.name(), form,
                CircleChoice.of(circles.list(account.id()), form.circles()), errors));
        return "person-edit";
    }
}
