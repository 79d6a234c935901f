package app.kith.cli;

import app.kith.wiring.Kith;
import app.kith.account.Account;
import app.kith.person.Match;
import app.kith.person.Person;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command: reaches the shared session and prints to the command line's writers. */
abstract class KithCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    Session session() {
        return ((Main) spec.root().userObject()).session;
    }

    Kith kith() {
        return session().kith();
    }

    Account account() {
        return session().account();
    }

    long accountId() {
        return session().accountId();
    }

    LocalDate today() {
        return account().today(kith().clock());
    }

    /** The one person a typed reference (an id or a name) points at; several or none is a refusal. */
    Person person(String reference) {
        Match match = kith().identities().resolve(accountId(), reference);
        if (match instanceof Match.One one) {
            return one.person();
        }
        if (match instanceof Match.Many many) {
            StringBuilder s = new StringBuilder("\"" + reference + "\" matches " + many.people().size()
                    + " people; say which one by id:");
            for (Person p : many.people()) {
                s.append(System.lineSeparator()).append("  ").append(Text.line(p));
            }
            throw new Main.Refused(s.toString());
        }
        throw new Main.Refused("No person matches \"" + reference + "\". See who is there: kith people");
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        run();
        return 0;
    }

    abstract void run() throws Exception;
}
