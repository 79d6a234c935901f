package app.kith.cli;

import app.kith.person.Rhythms;
import app.kith.circle.Circle;
import app.kith.circle.CircleChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "circle", mixinStandardHelpOptions = true,
        description = "Circles: named groups with a default rhythm (a person's shortest circle rhythm applies).",
        subcommands = {CircleCommand.Add.class, CircleCommand.ListCircles.class, CircleCommand.Set.class,
                CircleCommand.Delete.class})
final class CircleCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a circle.")
    static final class Add extends KithCommand {
        @Parameters(paramLabel = "NAME")
        String name;

        @Option(names = "--every", paramLabel = "DAYS", description = "Its default rhythm in days.")
        Integer every;

        @Override
        void run() {
            Circle c = kith().circles().add(accountId(), name, every);
            out().println("Created circle " + c.name() + " (" + Rhythms.inWords(c.rhythmDays()) + ").");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List circles with their rhythm and size.")
    static final class ListCircles extends KithCommand {
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        void run() {
            var circles = kith().circles().list(accountId());
            if (json) {
                out().println(Json.write(circles));
                return;
            }
            if (circles.isEmpty()) {
                out().println("No circles yet. kith circle add Clients --every 30, or just kith add NAME --circle Monthly.");
            }
            for (Circle c : circles) {
                out().println(Text.fit("#" + c.id(), 6) + Text.fit(c.name(), 24) + Text.fit(Rhythms.inWords(c.rhythmDays()), 16)
                        + c.members() + (c.members() == 1 ? " person" : " people"));
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Rename a circle or change its rhythm.")
    static final class Set extends KithCommand {
        @Parameters(paramLabel = "CIRCLE", description = "Its name or id.")
        String circle;

        @Option(names = "--every", paramLabel = "DAYS", description = "A new default rhythm.")
        Integer every;

        @Option(names = "--no-rhythm", description = "Members are no longer tracked through this circle.")
        boolean noRhythm;

        @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
        String name;

        @Override
        void run() {
            Circle c = kith().circles().find(accountId(), circle);
            Circle after = kith().circles().change(accountId(), c.id(), new CircleChange(name, every, noRhythm));
            out().println("Circle " + after.name() + " (" + Rhythms.inWords(after.rhythmDays()) + ", " + after.members()
                    + (after.members() == 1 ? " person" : " people") + ").");
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a circle; its people stay, without its rhythm.")
    static final class Delete extends KithCommand {
        @Parameters(paramLabel = "CIRCLE", description = "Its name or id.")
        String circle;

        @Override
        void run() {
            Circle c = kith().circles().find(accountId(), circle);
            kith().circles().delete(accountId(), c.id());
            out().println("Deleted circle " + c.name() + ".");
            out().println(TrashCommand.restoreHint("circle", c.id()));
        }
    }
}
