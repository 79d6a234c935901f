package app.kith.cli;

import app.kith.person.Person;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.TouchpointEdit;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(name = "touchpoint", mixinStandardHelpOptions = true,
        description = "Correct a touchpoint logged by mistake: change it or delete it; the person's clock follows.",
        subcommands = {TouchpointCommand.Edit.class, TouchpointCommand.Delete.class})
final class TouchpointCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    /** "#42  Mon 2 Mar 2026  coffee   out     the note", as listings and corrections print one. */
    static String line(Touchpoint t) {
        return Text.fit("#" + t.id(), 8) + Text.fit(Text.day(t.on()), 17) + Text.fit(t.channel().key(), 9)
                + Text.fit(t.direction().key(), 8) + (t.note() == null ? "" : t.note().replace('\n', ' '));
    }

    /** "#42 · Mon 2 Mar 2026 · coffee · out · the note", in a sentence. */
    static String inline(Touchpoint t) {
        return "#" + t.id() + " · " + Text.day(t.on()) + " · " + t.channel().key() + " · " + t.direction().key()
                + (t.note() == null ? "" : " · " + t.note().replace('\n', ' '));
    }

    /** The id as listings show it ({@code #42}) or bare. */
    static long id(KithCommand command, String typed) {
        String digits = typed.strip().startsWith("#") ? typed.strip().substring(1) : typed.strip();
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ParameterException(command.spec.commandLine(), "ID must be a touchpoint's id, as 'kith touchpoints "
                    + "PERSON' lists them (#42 or 42), not \"" + typed + "\"");
        }
    }

    /** Where the person's clock stands after a correction. */
    static String clock(Person p) {
        return p.name() + ": last touch " + Text.day(p.lastTouchOn())
                + (p.dueOn() == null ? "" : ", next due " + Text.day(p.dueOn())) + ".";
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change a touchpoint: each option given replaces that part of it, the rest stays.")
    static final class Edit extends KithCommand {

        @Parameters(paramLabel = "ID", description = "The touchpoint's id (kith touchpoints PERSON lists them).")
        String id;

        @Option(names = "--on", paramLabel = "DATE", description = "When it was (today at the latest).")
        String on;

        @Option(names = "--via", paramLabel = "CHANNEL",
                description = "email, call, video, coffee, meeting, message, event, social or other.")
        String via;

        @ArgGroup(exclusive = true)
        Who who = new Who();

        static final class Who {
            @Option(names = "--out", description = "You reached out.")
            boolean out;

            @Option(names = "--in", description = "They reached out to you.")
            boolean in;

            @Option(names = "--mutual", description = "Both of you (a meeting, a chat).")
            boolean mutual;
        }

        @Option(names = "--note", paramLabel = "TEXT", description = "A new note; --note \"\" clears it.")
        String note;

        @Override
        void run() {
            long touchpointId = id(this, id);
            String direction = who.out ? "out" : who.in ? "in" : who.mutual ? "mutual" : null;
            if (on == null && via == null && direction == null && note == null) {
                throw new ParameterException(spec.commandLine(),
                        "Say what to change: --on, --via, --in, --out, --mutual or --note");
            }
            Touchpoint t = kith().touchpoints().edit(accountId(), touchpointId, new TouchpointEdit(
                    on == null ? null : Dates.parse("--on", on, today()), via, direction, note), today());
            out().println("Changed " + inline(t));
            out().println(clock(kith().people().get(accountId(), t.personId())));
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a touchpoint; the person's last touch and due date are worked out from the others.")
    static final class Delete extends KithCommand {

        @Parameters(paramLabel = "ID", description = "The touchpoint's id (kith touchpoints PERSON lists them).")
        String id;

        @Override
        void run() {
            Touchpoint t = kith().touchpoints().delete(accountId(), id(this, id));
            out().println("Deleted " + inline(t));
            out().println(clock(kith().people().get(accountId(), t.personId())));
            out().println(TrashCommand.restoreHint("touchpoint", t.id()));
        }
    }
}
