package app.kith.ask;

import app.kith.Fields;
import app.kith.Invalid;
import java.time.LocalDate;
import java.util.Locale;

/** How an ask was answered: yes, no, punted to a day, or dropped by me. */
public sealed interface Answer {

    record Yes() implements Answer {
    }

    record No() implements Answer {
    }

    record Punt(LocalDate to) implements Answer {
    }

    record Drop() implements Answer {
    }

    /** "yes", "no", "punt" (with {@code to}) or "drop", as typed. */
    static Answer parse(String answer, String to) {
        String key = answer == null ? "" : answer.strip().toLowerCase(Locale.ROOT);
        switch (key) {
            case "yes":
                return new Yes();
            case "no":
                return new No();
            case "drop":
            case "dropped":
                return new Drop();
            case "punt":
            case "punted":
                if (to == null || to.isBlank()) {
                    throw new Invalid("to", "a punt needs the day they punted to (to)");
                }
                return new Punt(Fields.date("to", to));
            default:
                throw new Invalid("answer", "answer must be yes, no, punt or drop, not \"" + answer + "\"");
        }
    }
}
