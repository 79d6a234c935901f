package app.kith.cli;

import app.kith.person.Person;
import app.kith.reminder.KeyDate;
import app.kith.reminder.NewKeyDate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "date", mixinStandardHelpOptions = true,
        description = "Key dates of a person besides the birthday (a work anniversary, a child's birthday), each on Today on its day.",
        subcommands = {DateCommand.Add.class, DateCommand.ListDates.class, DateCommand.Delete.class})
final class DateCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a key date to a person.")
    static final class Add extends KithCommand {
        @Parameters(index = "0", paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
        String reference;

        @Parameters(index = "1", paramLabel = "LABEL", description = "What the date is: \"work anniversary\".")
        String label;

        @Parameters(index = "2", paramLabel = "DATE", description = "The date: 2019-04-01 (or today, +3d…).")
        String date;

        @ArgGroup(exclusive = true)
        How how = new How();

        static final class How {
            @Option(names = "--yearly", description = "Every year on its month and day (the default).")
            boolean yearly;

            @Option(names = "--once", description = "Only on that date.")
            boolean once;
        }

        @Override
        void run() {
            Person p = person(reference);
            KeyDate k = kith().keyDates().add(accountId(), new NewKeyDate(p.id(), label,
                    Dates.parse("DATE", date, today()), !how.once));
            out().println("Added " + k.label() + " (" + when(k) + ") to " + p.name() + ", key date #" + k.id() + ".");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List a person's key dates.")
    static final class ListDates extends KithCommand {
        @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
        String reference;

        @Option(names = "--json", description = "Print a JSON array of key dates, each with its id.")
        boolean json;

        @Override
        void run() {
            Person p = person(reference);
            List<KeyDate> dates = kith().keyDates().of(accountId(), p.id());
            if (json) {
                out().println(Json.write(dates));
                return;
            }
            if (dates.isEmpty()) {
                out().println("No key dates for " + p.name() + ". Add one: kith date add PERSON \"work anniversary\" 2019-04-01");
            }
            for (KeyDate k : dates) {
                out().println(Text.fit("#" + k.id(), 6) + Text.fit(k.label(), 30) + when(k));
            }
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a key date of a person.")
    static final class Delete extends KithCommand {
        @Parameters(index = "0", paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
        String reference;

        @Parameters(index = "1", paramLabel = "ID", description = "The key date's id (see kith date list).")
        long id;

        @Override
        void run() {
            Person p = person(reference);
            kith().keyDates().delete(accountId(), p.id(), id);
            out().println("Deleted key date #" + id + " of " + p.name() + ".");
        }
    }

    static String when(KeyDate k) {
        return (k.yearly() ? "yearly, since " : "once, ") + Text.day(k.on());
    }
}
