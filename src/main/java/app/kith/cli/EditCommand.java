package app.kith.cli;

import app.kith.person.Rhythms;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit", mixinStandardHelpOptions = true,
        description = "Change a person: each option given replaces that field (--circle replaces their circles).")
final class EditCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--name", paramLabel = "NAME", description = "A new name.")
    String name;

    @Option(names = "--no-rhythm", description = "Drop their own rhythm: their circles' rhythm applies again.")
    boolean noRhythm;

    @Mixin
    PersonOptions fields;

    @Option(names = "--json", description = "Print the person as JSON.")
    boolean json;

    @Override
    void run() {
        Person p = person(reference);
        PersonDraft draft = fields.apply(p.toDraft());
        if (name != null) {
            draft = draft.withName(name);
        }
        if (noRhythm) {
            draft = draft.withRhythm(null);
        }
        Person after = kith().people().update(accountId(), p.id(), draft);
        out().println(json ? Json.write(after) : "Saved " + Text.line(after) + " · " + Rhythms.inWords(after.rhythmDays())
                + (after.dueOn() == null ? "" : " · due " + Text.day(after.dueOn())));
    }
}
