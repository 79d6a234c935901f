package app.kith.web.person;

import app.kith.reciprocity.Balance;
import app.kith.reciprocity.ReachOut;
import app.kith.web.Choices;
import app.kith.web.Dates;
import java.time.LocalDate;

/**
 * Who reaches out on a person's page: who did last and when ("They reached out last", "3 days
 * ago · email"; nulls when neither side ever did), and the year's balance in a sentence.
 */
public record ReciprocityView(String last, String lastWhen, String lastDate, String lastIso, String balance) {

    static ReciprocityView of(Balance b, LocalDate today) {
        String year = b.sentence() + " · last 12 months";
        ReachOut last = b.last();
        if (last == null) {
            return new ReciprocityView("Nobody has reached out first yet", null, null, null, year);
        }
        String who = last.by() == ReachOut.Side.THEY ? "They reached out last" : "You reached out last";
        String when = Dates.relative(last.on(), today) + " · " + Choices.label(Choices.CHANNELS, last.channel())
                .toLowerCase(java.util.Locale.ROOT);
        return new ReciprocityView(who, when, Dates.date(last.on()), last.on().toString(), year);
    }
}
