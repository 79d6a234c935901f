package app.kith.web.reminders;

import app.kith.account.Account;
import app.kith.message.Messages;
import app.kith.reminder.KeyDate;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminder;
import app.kith.reminder.Reminders;
import app.kith.web.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the reminders and key dates section of a person's page. */
@Component
public class PersonReminders {

    /** The flash attribute that carries a refused form or a notice back to the page without JavaScript. */
    public static final String FLASH = "remindersCarried";

    /** What the section shows after a redirect. */
    public record Carried(Form form, Map<String, String> errors, String notice) implements java.io.Serializable {
    }

    /** The two forms as typed. */
    record Form(String remindOn, String remindText, String dateLabel, String dateOn, boolean once) implements java.io.Serializable {
        static final Form EMPTY = new Form(null, "", "", "", false);
    }

    private static final DateTimeFormatter YEARLY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final Reminders reminders;
    private final KeyDates keyDates;
    private final Clock clock;

    PersonReminders(Reminders reminders, KeyDates keyDates, Clock clock) {
        this.reminders = reminders;
        this.keyDates = keyDates;
        this.clock = clock;
    }

    public PersonRemindersView view(Account account, long personId, String name, Carried carried) {
        return carried == null ? view(account, personId, name, Form.EMPTY, Map.of(), null)
                : view(account, personId, name, carried.form(), carried.errors(), carried.notice());
    }

    PersonRemindersView view(Account account, long personId, String name, Form form, Map<String, String> errors,
                             String notice) {
        LocalDate today = account.today(clock);
        List<PersonRemindersView.Row> open = reminders.upcoming(account.id(), personId, today).stream()
                .map(r -> row(r, today)).toList();
        List<PersonRemindersView.Row> dates = keyDates.of(account.id(), personId).stream().map(k -> row(k, today))
                .toList();
        return new PersonRemindersView(personId, Messages.firstName(name), open, dates,
                form.remindOn() == null ? today.plusDays(1).toString() : form.remindOn(), form.remindText(),
                form.dateLabel(), form.dateOn(), form.once(), today.toString(), errors, notice);
    }

    private static PersonRemindersView.Row row(Reminder r, LocalDate today) {
        return new PersonRemindersView.Row(r.id(), Dates.day(r.on(), today), r.text(),
                r.on().isAfter(today) ? Dates.relative(r.on(), today) : "on Today", !r.on().isAfter(today));
    }

    private static PersonRemindersView.Row row(KeyDate k, LocalDate today) {
        // A yearly date by its month and day, as it comes back; a date once in full.
        return new PersonRemindersView.Row(k.id(), k.yearly() ? YEARLY.format(k.on()) : Dates.day(k.on(), today), k.label(),
                k.yearly() ? "every year since " + k.on().getYear() : "once", false);
    }
}
