package app.kith.cli;

import app.kith.Invalid;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Rhythms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a person. Only the name is required.")
final class AddCommand extends KithCommand {

    @Parameters(paramLabel = "NAME", description = "Their name.")
    String name;

    @Mixin
    PersonOptions fields;

    @Option(names = "--no-rhythm", description = "Do not track them: without --every or --circle they would get your "
            + "default rhythm (kith settings default-rhythm).")
    boolean noRhythm;

    @Option(names = "--json", description = "Print the new person as JSON.")
    boolean json;

    @Override
    void run() {
        PersonDraft draft = fields.apply(PersonDraft.named(name));
        if (noRhythm && draft.rhythmDays() != null) {
            throw new Invalid("--no-rhythm", "--no-rhythm and --every say opposite things: choose one");
        }
        boolean byDefault = !noRhythm && draft.rhythmDays() == null && draft.circles().isEmpty();
        if (!noRhythm) {
            draft = draft.withDefaultRhythm(account().settings().defaultRhythmDays());
        }
        Person p = kith().people().add(accountId(), draft, today());
        if (json) {
            out().println(Json.write(p));
            return;
        }
        out().println("Added " + Text.line(p) + ".");
        if (p.tracked()) {
            out().println("  " + Rhythms.inWords(p.rhythmDays()) + (byDefault ? " (your default rhythm)"
                    : p.circles().isEmpty() ? ""
                    : " (" + String.join(", ", p.circles().stream().map(Person.CircleRef::name).toList()) + ")")
                    + " · first due " + Text.day(p.dueOn()));
        } else {
            out().println("  No rhythm, so Today will not suggest them: kith edit " + p.id() + " --every 30 or --circle Monthly "
                    + "when you want to.");
        }
    }
}
