package app.kith.cli;

import app.kith.person.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a person.")
final class DeleteCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Override
    void run() {
        Person p = person(reference);
        kith().people().delete(accountId(), p.id());
        out().println("Deleted " + Text.line(p) + ".");
        out().println(TrashCommand.restoreHint("person", p.id()));
    }
}
