package app.kith.web.reminders;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.reminder.KeyDates;
import app.kith.reminder.NewKeyDate;
import app.kith.reminder.Reminder;
import app.kith.reminder.Reminders;
import app.kith.web.Dates;
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
 * Reminders and key dates on a person's page: set a reminder, add a key date, delete either. htmx
 * gets the section back; a browser without JavaScript the page.
 */
@Controller
class RemindersPage {

    private static final Map<String, String> REMIND_FIELDS = Map.of("on", "remind-on", "text", "remind-text");
    private static final Map<String, String> DATE_FIELDS = Map.of("on", "date-on", "label", "date-label");

    private final Reminders reminders;
    private final KeyDates keyDates;
    private final People people;
    private final PersonReminders section;
    private final Clock clock;

    RemindersPage(Reminders reminders, KeyDates keyDates, People people, PersonReminders section, Clock clock) {
        this.reminders = reminders;
        this.keyDates = keyDates;
        this.people = people;
        this.section = section;
        this.clock = clock;
    }

    @PostMapping("/people/{id}/reminders")
    String remind(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String on,
                  @RequestParam(defaultValue = "") String text, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        LocalDate today = account.today(clock);
        PersonReminders.Form typed = new PersonReminders.Form(on, text, "", "", false);
        try {
            Checks checks = new Checks();
            LocalDate day = on.isBlank() ? null : checks.value(() -> Fields.date("on", on));
            if (checks.refusedAny()) {
                checks.run(() -> Fields.required("text", text, 500)); // the rest, said at once
                checks.done();
            }
            Reminder r = reminders.remind(account.id(), id, day, text, today);
            return section(account, person, PersonReminders.Form.EMPTY, Map.of(), "Kith will remind you "
                    + Dates.relative(r.on(), today) + " (" + Dates.weekday(r.on()) + ").", request, model, redirect);
        } catch (Invalid e) {
            return section(account, person, typed, FormErrors.of(e, REMIND_FIELDS), null, request, model, redirect);
        }
    }

    @PostMapping("/people/{id}/reminders/{reminderId}/delete")
    String deleteReminder(Account account, @PathVariable long id, @PathVariable long reminderId,
                          HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        Reminder r = reminders.get(account.id(), reminderId);
        if (r.personId() != id) {
            throw new app.kith.NotFound("No reminder " + reminderId + " about person " + id);
        }
        reminders.delete(account.id(), reminderId);
        return section(account, person, PersonReminders.Form.EMPTY, Map.of(), "Deleted the reminder “" + r.text() + "”.",
                request, model, redirect);
    }

    /** A reminder deleted from its item on Today (a plain form): back to the plan of the day. */
    @PostMapping("/today/reminders/{reminderId}/delete")
    String deleteFromToday(Account account, @PathVariable long reminderId, @RequestParam(required = false) String date) {
        reminders.delete(account.id(), reminderId);
        boolean plain = date == null || date.isBlank() || date.equals(account.today(clock).toString());
        return "redirect:/today" + (plain ? "" : "?date=" + Fields.date("date", date));
    }

    @PostMapping("/people/{id}/dates")
    String addDate(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String label,
                   @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "false") boolean once,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        PersonReminders.Form typed = new PersonReminders.Form(null, "", label, on, once);
        try {
            Checks checks = new Checks();
            LocalDate day = on.isBlank() ? null : checks.value(() -> Fields.date("on", on));
            if (checks.refusedAny()) {
                checks.run(() -> Fields.required("label", label, 200));
                checks.done();
            }
            keyDates.add(account.id(), new NewKeyDate(id, label, day, !once));
            return section(account, person, PersonReminders.Form.EMPTY, Map.of(), "Added " + label.strip() + ".",
                    request, model, redirect);
        } catch (Invalid e) {
            return section(account, person, typed, FormErrors.of(e, DATE_FIELDS), null, request, model, redirect);
        }
    }

    @PostMapping("/people/{id}/dates/{dateId}/delete")
    String deleteDate(Account account, @PathVariable long id, @PathVariable long dateId, HttpServletRequest request,
                      Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        keyDates.delete(account.id(), id, dateId);
        return section(account, person, PersonReminders.Form.EMPTY, Map.of(), "Deleted the key date.", request, model,
                redirect);
    }

    /** The section again for htmx; otherwise back to the page, carrying what to show in the section. */
    private String section(Account account, Person person, PersonReminders.Form form, Map<String, String> errors,
                           String notice, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(PersonReminders.FLASH, new PersonReminders.Carried(form, errors, notice));
            return "redirect:/people/" + person.id() + "#reminders";
        }
        model.addAttribute("reminders", section.view(account, person.id(), person.name(), form, errors, notice));
        return "person-reminders";
    }
}
