package app.kith.cli;

import app.kith.person.Rhythms;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
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

    @Option(names = "--json", description = "Print the new person as JSON.")
    boolean json;

    @Override
    void run() {
        Person p = kith().people().add(accountId(), fields.apply(PersonDraft.named(name)), today());
        if (json) {
            out().println(Json.write(p));
            return;
        }
        out().println("Added " + Text.line(p) + ".");
        if (p.tracked()) {
            out().println("  " + Rhythms.inWords(p.rhythmDays()) + (p.circles().isEmpty() ? ""
                    : " (" + String.join(", ", p.circles().stream().map(Person.CircleRef::name).toList()) + ")")
                    + " · first due " + Text.day(p.dueOn()));
        } else {
            out().println("  No rhythm yet, so Today will not suggest them: add --circle Monthly or --every 30.");
        }
    }
}
