package app.kith.cli;

import app.kith.trash.Trash;
import app.kith.trash.Trashed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "trash", mixinStandardHelpOptions = true,
        description = "What was deleted in the last 30 days (people, circles, asks, introductions, touchpoints,"
                + " message starters): list it, restore it as it was, or delete it for good.",
        subcommands = {TrashCommand.Restore.class, TrashCommand.DeleteNow.class, TrashCommand.Empty.class})
final class TrashCommand extends KithCommand {

    @Option(names = "--json", description = "Print the trash as JSON.")
    boolean json;

    @Override
    void run() {
        List<Trashed> all = kith().trash().list(accountId());
        if (json) {
            out().println(Json.write(all));
            return;
        }
        if (all.isEmpty()) {
            out().println("The trash is empty: nothing was deleted in the last 30 days.");
            return;
        }
        for (Trashed t : all) {
            out().println(line(this, t));
        }
        out().println();
        out().println("kith trash restore KIND ID brings one back; kith trash delete KIND ID deletes it for good.");
    }

    /** "circle        #3    Monthly (2 people)   deleted Mon 2 Mar 2026, for good after Wed 1 Apr 2026". */
    private static String line(KithCommand command, Trashed t) {
        String about = t.personName() == null || t.kind().equals("ask") || t.kind().equals("introduction") ? ""
                : t.personName() + ": ";
        return Text.fit(t.kind(), 14) + Text.fit("#" + t.id(), 8) + about + t.label().replace('\n', ' ')
                + "  (deleted " + Text.day(day(command, t.deletedAt())) + ", for good after "
                + Text.day(day(command, t.purgedAt())) + ")";
    }

    private static LocalDate day(KithCommand command, Instant at) {
        return LocalDate.ofInstant(at, command.account().settings().timeZone());
    }

    /** KIND ID: one thing in the trash, as restore and delete name it. */
    static final class Item {

        @Parameters(index = "0", paramLabel = "KIND", description = "person, circle, ask, introduction, touchpoint or template.")
        String kind;

        @Parameters(index = "1", paramLabel = "ID", description = "Its id, as kith trash lists it (#42 or 42).")
        String id;
    }

    /** The kind as typed, checked before anything is read. */
    static String kind(KithCommand command, String typed) {
        String kind = typed.strip().toLowerCase(Locale.ROOT);
        if (!Trash.KINDS.contains(kind)) {
            throw new ParameterException(command.spec.commandLine(), "KIND must be one of " + String.join(", ", Trash.KINDS)
                    + ", not \"" + typed + "\"");
        }
        return kind;
    }

    /** What a delete says: where the thing went, and how to bring it back. */
    static String restoreHint(String kind, long id) {
        return "It is in the trash for 30 days: kith trash restore " + kind + " " + id + " brings it back.";
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Bring something back from the trash as it was (a circle with its members, a touchpoint with"
                    + " the person's clock).")
    static final class Restore extends KithCommand {

        @Mixin
        Item item;

        @Override
        void run() {
            Trashed back = kith().trash().restore(account(), kind(this, item.kind), TouchpointCommand.id(this, item.id));
            out().println("Restored " + back.kind() + " #" + back.id() + ": " + back.label() + ".");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete something in the trash for good, now.")
    static final class DeleteNow extends KithCommand {

        @Mixin
        Item item;

        @Override
        void run() {
            Trashed gone = kith().trash().deleteNow(accountId(), kind(this, item.kind), TouchpointCommand.id(this, item.id));
            out().println("Deleted for good " + gone.kind() + " #" + gone.id() + ": " + gone.label() + ".");
        }
    }

    @Command(name = "empty", mixinStandardHelpOptions = true,
            description = "Delete everything in the trash for good, now.")
    static final class Empty extends KithCommand {

        @Override
        void run() {
            int n = kith().trash().empty(accountId());
            out().println(n == 0 ? "The trash was empty." : "Deleted for good " + n + (n == 1 ? " thing." : " things."));
        }
    }
}
