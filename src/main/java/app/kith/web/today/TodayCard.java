package app.kith.web.today;

import app.kith.person.Person;
import app.kith.person.Why;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import app.kith.web.Avatar;
import app.kith.web.Choices;
import app.kith.web.Dates;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Who a Today card is about, at a glance: their avatar, why they matter (the chips), their
 * circles, and what you last talked about ({@code lastTalk}, null when there is nothing to add to
 * the reason: no note, or an item whose reason already says it).
 */
public record TodayCard(Avatar avatar, Why why, List<String> circles, String lastTalk) {

    private static final int NOTE_LENGTH = 140;

    static TodayCard of(TodayItem item, Person person, Avatar avatar, Touchpoint last, LocalDate day) {
        if (person == null) {
            return new TodayCard(avatar, null, List.of(), null);
        }
        return new TodayCard(avatar, person.why(), person.circles().stream().map(Person.CircleRef::name).toList(),
                saysItAlready(item) ? null : lastTalk(last, day));
    }

    /** Replies, asks and introductions are about their own last contact, which their reason tells. */
    private static boolean saysItAlready(TodayItem item) {
        return item instanceof TodayItem.Reply || item instanceof TodayItem.AskFollowUp
                || item instanceof TodayItem.IntroFollowUp;
    }

    /**
     * "Last: coffee, 3 Oct — “the analytical engine”", "They reached out: email, 3 Oct — “…”"; null
     * without a note, when the reason already says when and how.
     */
    static String lastTalk(Touchpoint last, LocalDate day) {
        if (last == null || last.note() == null || last.note().isBlank()) {
            return null;
        }
        String how = Choices.label(Choices.CHANNELS, last.channel().key()).toLowerCase(Locale.ROOT);
        String head = last.direction() == Direction.IN ? "They reached out: " : "Last: ";
        String note = last.note().replaceAll("\\s+", " ").strip();
        if (note.length() > NOTE_LENGTH) {
            note = note.substring(0, NOTE_LENGTH - 1).strip() + "…";
        }
        return head + how + ", " + Dates.day(last.on(), day) + " — “" + note + "”";
    }
}
