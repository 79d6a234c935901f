package app.kith.reciprocity;

import app.kith.Fields;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.planner.FollowUps;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.DirectionCounts;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;

/**
 * "People want to stay in touch with me as much as I want to stay in touch with them": per
 * person, who reaches out to whom. The counting is the touchpoints' own; this feature puts it in
 * words. Today's side of it, people waiting for a reply, is {@link ReplyFollowUps}.
 */
public class Reciprocity {

    /** The balance looks back this many days, today included. */
    public static final int DAYS = 365;

    private final People people;
    private final Clocks clocks;
    private final Touchpoints touchpoints;

    public Reciprocity(People people, Clocks clocks, Touchpoints touchpoints) {
        this.people = people;
        this.clocks = clocks;
        this.touchpoints = touchpoints;
    }

    /** Today's {@code reply} items: people waiting for your answer, for the planner. */
    public FollowUps followUps() {
        return new ReplyFollowUps(clocks, touchpoints);
    }

    /** The balance of the year up to {@code today}; NotFound for a person the account does not have. */
    public Balance of(long accountId, long personId, LocalDate today) {
        Fields.day("today", today);
        people.get(accountId, personId);
        LocalDate since = today.minusDays(DAYS - 1);
        DirectionCounts counts = touchpoints.countsBetween(accountId, personId, since, today);
        ReachOut last = touchpoints.lastReachOut(accountId, personId, today)
                .map(t -> new ReachOut(t.direction() == Direction.IN ? ReachOut.Side.THEY : ReachOut.Side.YOU, t.on(),
                        t.channel().key()))
                .orElse(null);
        return new Balance(personId, since, counts.in(), counts.out(), counts.mutual(),
                Balance.sentence(counts.in(), counts.out(), counts.mutual()), last);
    }
}
