package app.kith.cli;

import app.kith.person.Rhythms;
import app.kith.person.Person;
import app.kith.person.ProfileUpdate;
import app.kith.reciprocity.Balance;
import app.kith.reciprocity.ReachOut;
import app.kith.touchpoint.Touchpoint;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a person and their latest touchpoints.")
final class ShowCommand extends KithCommand {

    @Parameters(paramLabel = "PERSON", description = "Their id, or a name that matches one person.")
    String reference;

    @Option(names = "--json", description = "Print the person as JSON.")
    boolean json;

    @Override
    void run() {
        Person p = person(reference);
        if (json) {
            out().println(Json.write(p));
            return;
        }
        out().println(Text.line(p));
        field("role", p.role());
        field("location", p.location());
        field("emails", p.emails().isEmpty() ? null : String.join(", ", p.emails()));
        field("phones", p.phones().isEmpty() ? null : String.join(", ", p.phones()));
        field("linkedin", p.linkedinUrl());
        field("birthday", p.birthday());
        field("how we met", p.howWeMet());
        field("topics", p.topics().isEmpty() ? null : String.join(", ", p.topics()));
        field("looking for", p.lookingFor().isEmpty() ? null : String.join(", ", p.lookingFor()));
        field("why", p.why() == null ? null : p.why().key());
        field("circles", p.circles().isEmpty() ? null
                : String.join(", ", p.circles().stream().map(Person.CircleRef::name).toList()));
        field("rhythm", Rhythms.inWords(p.rhythmDays()) + (p.ownRhythmDays() != null ? " (their own)" : ""));
        field("last touch", Text.day(p.lastTouchOn()));
        field("due", p.dueOn() == null ? null : Text.day(p.dueOn()));
        field("snoozed until", p.snoozedUntil() == null ? null : Text.day(p.snoozedUntil()));
        reachingOut(kith().reciprocity().of(accountId(), p.id(), today()));
        if (p.notes() != null) {
            out().println();
            out().println(p.notes());
        }
        List<Touchpoint> recent = kith().touchpoints().ofPerson(accountId(), p.id(), 10, 0);
        out().println();
        out().println(recent.isEmpty() ? "No touchpoints yet. Log one: kith log " + p.id() + " --via coffee" : "Latest touchpoints:");
        for (Touchpoint t : recent) {
            out().println("  " + Text.fit(Text.day(t.on()), 17) + Text.fit(t.channel().key(), 9) + Text.fit(t.direction().key(), 8)
                    + (t.note() == null ? "" : t.note().replace('\n', ' ')));
        }
        List<ProfileUpdate> changes = kith().profileChanges().ofPerson(accountId(), p.id());
        if (!changes.isEmpty()) {
            out().println();
            out().println("Profile changes:");
            changes.stream().limit(10).forEach(u -> out().println("  " + Text.fit(Text.day(u.on()), 17) + u.sentence()
                    + " (from " + u.source() + ")"));
        }
    }

    /** Who reached out last ("they did, on Tue 24 Nov 2026 (email)"), and the year's balance. */
    private void reachingOut(Balance b) {
        field("reached out", b.last() == null ? "nobody first yet" : (b.last().by() == ReachOut.Side.THEY ? "they" : "you")
                + " did last, on " + Text.day(b.last().on()) + " (" + b.last().channel() + ")");
        field("last 12 months", b.sentence());
    }

    private void field(String label, String value) {
        if (value != null) {
            out().println("  " + Text.fit(label, 15) + value);
        }
    }
}
