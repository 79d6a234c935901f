package app.kith.demo;

import app.kith.account.Account;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The demo's asks and introductions: a year of them, most settled (so the Asks and Introductions
 * pages have figures to show), and a few open ones that Today brings back (an ask nobody
 * answered, an opt-in with no answer, "did they meet?"). The open ones are the same few at every
 * size, so Today keeps room for the people who are due. Made through the features, like a
 * user's, so each step is a touchpoint on the person's timeline.
 */
final class Favours {

    /** What was made. */
    record Made(int asks, int introductions) {
    }

    private static final List<String> ASKS = List.of("an intro to your Head of Data", "advice on pricing my coaching",
            "feedback on my portfolio", "a reference for the consulting bid", "a coffee next time you are in town",
            "a quote for the newsletter", "a talk at our meetup", "a look at my pitch deck",
            "an intro to someone in climate tech", "your take on the job offer");

    private final Asks asks;
    private final Introductions introductions;
    private final SplittableRandom random;
    private final LocalDate today;

    Favours(Asks asks, Introductions introductions, SplittableRandom random, LocalDate today) {
        this.asks = asks;
        this.introductions = introductions;
        this.random = random;
        this.today = today;
    }

    /** Someone among the people: an id and what the demo made them from. */
    record Someone(long id, PersonDraft draft) {
    }

    Made make(Account account, List<Someone> people, DemoSize size) {
        int settledAsks = Math.min(200, size.people() / 50);
        int settledIntros = Math.min(100, size.people() / 100);
        List<Someone> picked = pick(people, 1 + settledAsks + 2 * (3 + settledIntros));
        int next = 0;
        // The open ones, few so that Today keeps room for the people who are due: an ask
        // ignored for 9 days and "did they meet?" are on Today; an opt-in asked 5 days ago
        // comes back in two days; an introduction proposed yesterday waits for the first step.
        ask(account, picked.get(next++), 9, null);
        for (int i = 0; i < settledAsks; i++) {
            int ago = 40 + random.nextInt(320);
            int roll = random.nextInt(100);
            Answer answer = roll < 40 ? new Answer.Yes() : roll < 55 ? new Answer.No() : roll < 80 ? new Answer.Yes()
                    : new Answer.Drop();
            Ask ask = ask(account, picked.get(next++), ago, roll >= 55 ? answer : null);
            if (roll < 30) {
                // Not now: punted a few weeks, then answered when the day came.
                asks.answer(account, ask.id(), new Answer.Punt(today.minusDays(ago - 25)), today.minusDays(ago - 2), today);
                asks.answer(account, ask.id(), answer, today.minusDays(ago - 26), today);
            } else if (roll < 55) {
                asks.answer(account, ask.id(), answer, today.minusDays(ago - 1 - random.nextInt(5)), today);
            }
        }
        Introduction waiting = propose(account, picked.get(next++), picked.get(next++), 6);
        introductions.step(account.id(), waiting.id(), IntroStep.asked(waiting.personA().id(), today.minusDays(5)), today);
        Introduction made = propose(account, picked.get(next++), picked.get(next++), 25);
        agreeAndIntroduce(account, made, 20, 15);
        propose(account, picked.get(next++), picked.get(next++), 1);
        for (int i = 0; i < settledIntros; i++) {
            int ago = 60 + random.nextInt(300);
            Introduction intro = propose(account, picked.get(next++), picked.get(next++), ago);
            int roll = random.nextInt(100);
            if (roll < 20) {
                long side = intro.personB().id();
                introductions.step(account.id(), intro.id(), IntroStep.asked(side, today.minusDays(ago - 1)), today);
                introductions.step(account.id(), intro.id(), IntroStep.declined(side, today.minusDays(ago - 3)), today);
                continue;
            }
            agreeAndIntroduce(account, intro, ago - 3, ago - 7);
            String outcome = roll < 70 ? "met" : roll < 90 ? "no-reply" : "not-a-fit";
            introductions.step(account.id(), intro.id(), IntroStep.outcome(outcome, today.minusDays(ago - 21)), today);
        }
        return new Made(1 + settledAsks, 3 + settledIntros);
    }

    /** Distinct people, drawn at random (the demo always has far more than it needs). */
    private List<Someone> pick(List<Someone> people, int count) {
        List<Someone> pool = new ArrayList<>(people);
        List<Someone> picked = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            int at = random.nextInt(pool.size());
            picked.add(pool.get(at));
            pool.set(at, pool.get(pool.size() - 1));
            pool.remove(pool.size() - 1);
        }
        return picked;
    }

    private Ask ask(Account account, Someone who, int daysAgo, Answer closedLater) {
        String text = ASKS.get(random.nextInt(ASKS.size()));
        Ask ask = asks.ask(account, new NewAsk(who.id(), text, today.minusDays(daysAgo), null), today);
        if (closedLater instanceof Answer.Drop) {
            // Dropped after the two follow-ups nobody answered, as Kith suggests.
            asks.followUp(account, ask.id(), today.minusDays(daysAgo - 7), null, null, today);
            asks.followUp(account, ask.id(), today.minusDays(daysAgo - 14), null, null, today);
            asks.answer(account, ask.id(), closedLater, today.minusDays(daysAgo - 21), today);
        } else if (closedLater != null) {
            // Answered only after a follow-up.
            asks.followUp(account, ask.id(), today.minusDays(daysAgo - 8), null, null, today);
            asks.answer(account, ask.id(), closedLater, today.minusDays(daysAgo - 10), today);
        }
        return ask;
    }

    private Introduction propose(Account account, Someone a, Someone b, int daysAgo) {
        return introductions.propose(account.id(), new NewIntroduction(a.id(), b.id(), reason(a.draft(), b.draft()),
                today.minusDays(daysAgo)), today);
    }

    /** "Ada works on fundraising; Sam is looking into it", from what each knows about. */
    private String reason(PersonDraft a, PersonDraft b) {
        String first = a.name().split(" ")[0];
        String other = b.name().split(" ")[0];
        List<String> shared = new ArrayList<>(a.topics());
        shared.retainAll(b.topics());
        if (!shared.isEmpty()) {
            return first + " and " + other + " both work on " + shared.get(0);
        }
        if (!a.topics().isEmpty()) {
            return other + " wants to learn about " + a.topics().get(0) + ", which " + first + " knows well";
        }
        return first + " and " + other + " are both in " + (a.location() != null ? a.location() : "the same field");
    }

    private void agreeAndIntroduce(Account account, Introduction intro, int agreedAgo, int introducedAgo) {
        for (long side : List.of(intro.personA().id(), intro.personB().id())) {
            introductions.step(account.id(), intro.id(), IntroStep.asked(side, today.minusDays(agreedAgo + 2)), today);
            introductions.step(account.id(), intro.id(), IntroStep.agreed(side, today.minusDays(agreedAgo)), today);
        }
        introductions.step(account.id(), intro.id(), IntroStep.introduced(today.minusDays(introducedAgo), "email"), today);
    }
}
