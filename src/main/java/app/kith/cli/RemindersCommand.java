package app.kith.cli;

import app.kith.reminder.Reminder;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reminders", mixinStandardHelpOptions = true,
        description = "List the reminders not dealt with yet, soonest first.",
        subcommands = RemindersCommand.Delete.class)
final class RemindersCommand extends KithCommand {

    @Option(names = "--person", paramLabel = "PERSON", description = "Only the reminders about this person.")
    String person;

    @Option(names = "--json", description = "Print a JSON array of reminders, each with its id.")
    boolean json;

    @Override
    void run() {
        List<Reminder> reminders = person == null ? kith().reminders().upcoming(accountId(), today())
                : kith().reminders().upcoming(accountId(), person(person).id(), today());
        if (json) {
            out().println(Json.write(reminders));
            return;
        }
        if (reminders.isEmpty()) {
            out().println("No reminders. Set one: kith remind PERSON tomorrow \"send the article\"");
            return;
        }
        for (Reminder r : reminders) {
            out().println(Text.fit("#" + r.id(), 6) + Text.fit(r.personName(), 22) + Text.fit(Text.day(r.on()), 17)
                    + r.text());
        }
        out().println();
        out().println("Delete one: kith reminders delete ID");
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a reminder: it leaves Today.")
    static final class Delete extends KithCommand {
        @Parameters(paramLabel = "ID", description = "The reminder's id (see kith reminders).")
        long id;

        @Override
        void run() {
            Reminder r = kith().reminders().delete(accountId(), id);
            out().println("Deleted reminder #" + r.id() + " about " + r.personName() + ".");
        }
    }
}
