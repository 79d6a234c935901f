package app.kith.reciprocity;

import java.time.LocalDate;
import org.jspecify.annotations.NonNull;

/**
 * Who reaches out to whom, for one person: over the days from {@code since} to today, how many
 * touchpoints they started ({@code in}), you started ({@code out}) and shared ({@code mutual}),
 * in a sentence ("They reached out 4 times, you once; together twice"); and who reached out last
 * (null: neither side ever started one). A shared touchpoint (a meeting both arranged) is said as
 * "together", never as "mutual contacts", which reads as people you both know.
 */
public record Balance(long personId, @NonNull LocalDate since, int in, int out, int mutual, @NonNull String sentence,
                      ReachOut last) {

    static String sentence(int in, int out, int mutual) {
        String shared = "together " + times(mutual);
        if (in == 0 && out == 0) {
            return mutual == 0 ? "No contact" : "Together " + times(mutual) + ", nobody reached out first";
        }
        String first = in >= out ? "They reached out " + times(in) : "You reached out " + times(out);
        String second = in >= out
                ? out == 0 ? "you have not" : "you " + times(out)
                : in == 0 ? "they have not" : "they " + times(in);
        return first + ", " + second + (mutual == 0 ? "" : "; " + shared);
    }

    private static String times(int n) {
        return switch (n) {
            case 1 -> "once";
            case 2 -> "twice";
            default -> n + " times";
        };
    }
}
