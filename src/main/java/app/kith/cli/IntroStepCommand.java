package app.kith.cli;

import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "intro-step", mixinStandardHelpOptions = true,
        description = {"Move an introduction on by one step:",
                "  asked PERSON       you asked them whether they'd like to meet the other (again: a follow-up)",
                "  agreed PERSON      they said yes",
                "  declined PERSON    they said no: the introduction is closed",
                "  introduced         both agreed and you introduced them (--via: how, default other)",
                "  met | no-reply | not-a-fit    how it went, once introduced: the introduction is closed",
                "Asking, answers and the introduction are touchpoints on their timelines."})
final class IntroStepCommand extends KithCommand {

    private static final List<String> SIDES = List.of("asked", "agreed", "declined");
    private static final List<String> OUTCOMES = List.of("met", "no-reply", "not-a-fit");

    @Parameters(index = "0", paramLabel = "ID", description = "The introduction's id (#3 in kith intros, or 3).")
    String id;

    @Parameters(index = "1", paramLabel = "STEP",
            description = "asked, agreed, declined, introduced, met, no-reply or not-a-fit.")
    String step;

    @Parameters(index = "2", paramLabel = "PERSON", arity = "0..1",
            description = "For asked, agreed and declined: which of the two (id or name).")
    String person;

    @Option(names = "--on", paramLabel = "DATE", description = "When (default: today).")
    String on;

    @Option(names = "--via", paramLabel = "CHANNEL",
            description = "How: email, call, video, coffee, meeting, message, event, social or other (default: other).")
    String via;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note, kept with the step and on the touchpoint.")
    String note;

    @Option(names = "--json", description = "Print the introduction as JSON afterwards.")
    boolean json;

    @Override
    void run() {
        long introId = introductionId(id);
        String name = step.strip().toLowerCase(Locale.ROOT);
        LocalDate day = Dates.parse("--on", on, today());
        IntroStep typed;
        if (SIDES.contains(name)) {
            if (person == null) {
                throw new Main.Refused(name + " needs the PERSON it is about: kith intro-step " + introId + " " + name
                        + " NAME");
            }
            Long side = side(kith().introductions().get(accountId(), introId));
            typed = new IntroStep(name, side, day, via, null, note);
        } else if (name.equals("introduced") || OUTCOMES.contains(name)) {
            if (person != null) {
                throw new Main.Refused(name + " is about both of them: leave out \"" + person + "\"");
            }
            typed = name.equals("introduced") ? new IntroStep(name, null, day, via, null, note)
                    : new IntroStep("outcome", null, day, via, name, note);
        } else {
            throw new Main.Refused("STEP must be asked, agreed, declined, introduced, met, no-reply or not-a-fit, not \""
                    + step + "\"");
        }
        Introduction after = kith().introductions().step(accountId(), introId, typed, today());
        if (json) {
            out().println(Json.write(after));
            return;
        }
        out().println("Introduction " + IntroText.lines(after));
        String next = IntroText.next(after);
        if (next != null) {
            out().println(next);
        }
    }

    /** An introduction's id as typed: 3 or #3. */
    static long introductionId(String id) {
        String text = id.strip().startsWith("#") ? id.strip().substring(1) : id.strip();
        if (!text.matches("\\d{1,18}")) {
            throw new Main.Refused("ID is an introduction's id, like 3 or #3, not \"" + id + "\"; see kith intros");
        }
        return Long.parseLong(text);
    }

    /** Which side PERSON names: one of the two by id or name first, so "Priya" is enough; else anyone (refused later). */
    private Long side(Introduction intro) {
        String ref = person.strip().toLowerCase(Locale.ROOT);
        List<Introduction.Side> matching = List.of(intro.personA(), intro.personB()).stream()
                .filter(s -> String.valueOf(s.id()).equals(ref.replace("#", "")) || s.name().toLowerCase(Locale.ROOT)
                        .contains(ref))
                .toList();
        return matching.size() == 1 ? matching.get(0).id() : person(person).id();
    }
}
