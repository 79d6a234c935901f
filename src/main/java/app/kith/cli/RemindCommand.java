package app.kith.cli;

import app.kith.Invalid;
import app.kith.person.Person;
import app.kith.reminder.Reminder;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "remind", mixinStandardHelpOptions = true,
        description = "Set a reminder about someone: it comes back on Today on its day, and stays until you are in touch.")
final class RemindCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Parameters(index = "1", paramLabel = "DATE",
            description = "The day: 2026-12-24, today, tomorrow, +3d, +2w, \"in 3 days\"; not in the past.")
    String date;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "TEXT", description = "What to remember.")
    List<String> text;

    @Override
    void run() {
        Person p = person(reference);
        Reminder r;
        try {
            r = kith().reminders().remind(accountId(), p.id(), Dates.parse("DATE", date, today()),
                    String.join(" ", text), today());
        } catch (Invalid e) {
            // The facade names the API's field; here the day was typed as DATE.
            if ("on".equals(e.field()) && e.getMessage().startsWith("on ")) {
                throw new Main.Refused("DATE " + e.getMessage().substring(3));
            }
            throw e;
        }
        out().println("Reminder #" + r.id() + " about " + p.name() + " on " + Text.day(r.on()) + ": " + r.text());
    }
}
