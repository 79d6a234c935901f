package app.kith.demo;

import app.kith.Conflict;
import app.kith.account.Account;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.db.Database;
import app.kith.intro.Introductions;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills an empty account with a made-up but realistic network (people, circles, three years of
 * touchpoints, a year of asks and introductions) to try Kith on, or to measure it. The same size, seed and day always give the same
 * data, ids included in a fresh data folder. Everything is written in one transaction through the
 * features' bulk paths, so a failed or refused run leaves nothing behind.
 */
public class Demo {

    /** Touchpoints are made and written this many at a time. */
    static final int CHUNK = 50_000;

    /** Hears how far a long run has got: a stage ("people", "touchpoints", "clocks"), done and total. */
    public interface Progress {
        void report(String stage, long done, long total);

        static Progress none() {
            return (stage, done, total) -> { };
        }
    }

    private final Circles circles;
    private final People people;
    private final Clocks clocks;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Database db;

    public Demo(Circles circles, People people, Clocks clocks, Touchpoints touchpoints, Asks asks,
                Introductions introductions, Database db) {
        this.circles = circles;
        this.people = people;
        this.clocks = clocks;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.db = db;
    }

    public DemoSummary fill(Account account, DemoSize size, long seed, LocalDate today, Progress progress) {
        long accountId = account.id();
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom forPeople = random.split();
        SplittableRandom forTouches = random.split();
        SplittableRandom forFavours = random.split();
        long[] written = {0};
        Favours.Made[] favours = {null};
        int circleCount = db.transactions().execute(s -> {
            refuseIfNotEmpty(accountId);
            int made = makeCircles(accountId);
            progress.report("people", 0, size.people());
            Network network = Network.of(size, forPeople, today);
            List<PersonDraft> drafts = Needs.some(network.drafts(), forFavours);
            List<Long> ids = people.addAll(accountId, drafts, today);
            progress.report("people", ids.size(), size.people());
            Touches.each(network.plans(), ids, forTouches, CHUNK, chunk -> {
                touchpoints.logAll(accountId, chunk);
                written[0] += chunk.size();
                progress.report("touchpoints", written[0], size.touchpoints());
            });
            progress.report("clocks", 0, size.people());
            clocks.refreshClocks(accountId);
            db.analyzeWithinTransaction("person", "touchpoint", "circle_member");
            progress.report("favours", 0, 1);
            List<Favours.Someone> someone = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                someone.add(new Favours.Someone(ids.get(i), drafts.get(i)));
            }
            favours[0] = new Favours(asks, introductions, forFavours, today).make(account, someone, size);
            return made;
        });
        progress.report("analyze", 0, 1);
        db.analyze();
        // Asks and introductions log touchpoints of their own.
        return new DemoSummary(size, seed, today, size.people(), touchpoints.count(accountId), circleCount,
                favours[0].asks(), favours[0].introductions());
    }

    private void refuseIfNotEmpty(long accountId) {
        int existing = people.count(accountId);
        if (existing > 0) {
            throw new Conflict("data", "this data folder already has " + existing + (existing == 1 ? " person" : " people")
                    + "; demo data goes into an empty data folder; use --data DIR");
        }
    }

    /** The rhythm circles (made by their conventional names) and two without a rhythm; existing ones are kept. */
    private int makeCircles(long accountId) {
        circles.forAssignment(accountId, List.of("Weekly", "Monthly", "Quarterly", "Yearly"));
        for (String name : List.of(Network.CLIENTS, Network.FORMER_COLLEAGUES)) {
            if (circles.byName(accountId, name).isEmpty()) {
                circles.add(accountId, name, null);
            }
        }
        return circles.list(accountId).size();
    }
}
