package app.kith.intro;

import app.kith.account.Account;
import app.kith.account.Settings;
import app.kith.planner.FollowUps;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Introductions on Today (kind {@code intro}): a side asked more than the follow-up gap ago who
 * has not answered, two people who both agreed and wait to be introduced, and an introduction
 * made the intro follow-up gap ago or more with no outcome yet. Each is judged from the steps
 * dated before the day, as it began; a step on the day itself checks its item off in place, so
 * acting never changes the list. The longest overdue come first.
 */
final class IntroFollowUps implements FollowUps {

    private final Introductions introductions;

    IntroFollowUps(Introductions introductions) {
        this.introductions = introductions;
    }

    @Override
    public List<TodayItem> on(Account account, LocalDate day) {
        List<TodayItem.IntroFollowUp> items = new ArrayList<>();
        for (Introduction intro : introductions.activeOn(account.id(), day)) {
            items.addAll(items(intro, Progress.before(intro, day), day, account.settings()));
        }
        items.sort(Comparator.comparing(TodayItem.IntroFollowUp::dueOn).thenComparingLong(i -> i.introduction().id()));
        return List.copyOf(items);
    }

    private static List<TodayItem.IntroFollowUp> items(Introduction intro, Progress start, LocalDate day, Settings settings) {
        long dayNumber = day.toEpochDay();
        List<TodayItem.IntroFollowUp> items = new ArrayList<>();
        String a = Wording.firstName(intro.personA().name());
        String b = Wording.firstName(intro.personB().name());
        if (start.state() == IntroState.PROPOSED) {
            for (Introduction.Side side : List.of(intro.personA(), intro.personB())) {
                Progress.Side opt = start.side(side == intro.personA());
                if (opt.answer() == OptIn.ASKED && dayNumber - opt.askedDay() > settings.followUpDays()) {
                    int since = (int) (dayNumber - opt.askedDay());
                    items.add(item(intro, side, "answer", LocalDate.ofEpochDay(opt.askedDay() + settings.followUpDays() + 1L),
                            "You asked " + Wording.firstName(side.name()) + " " + Wording.days(since)
                                    + " ago whether they'd like to meet " + Wording.firstName(intro.other(side.id()).name())
                                    + " — follow up?",
                            // their own answer, a follow-up, or the other side declining settles it today
                            actedOn(intro, day, s -> side.id() == orZero(s.personId()) || s.kind().equals(Kind.DECLINED.key)),
                            day));
                }
            }
            if (start.bothAgreed()) {
                int agreed = Math.max(start.a().answeredDay(), start.b().answeredDay());
                items.add(item(intro, intro.personA(), "introduce", LocalDate.ofEpochDay(agreed + 1L),
                        a + " and " + b + " both agreed — introduce them", actedOn(intro, day, s -> true), day));
            }
        } else if (start.state() == IntroState.INTRODUCED
                && dayNumber - start.introducedDay() >= settings.introFollowUpDays()) {
            int since = (int) (dayNumber - start.introducedDay());
            items.add(item(intro, intro.personA(), "outcome",
                    LocalDate.ofEpochDay(start.introducedDay() + (long) settings.introFollowUpDays()),
                    "Did " + a + " and " + b + " meet? You introduced them " + Wording.days(since) + " ago.",
                    actedOn(intro, day, s -> true), day));
        }
        return items;
    }

    /** The kind of the first step on the day that settles the item, or null. */
    private static String actedOn(Introduction intro, LocalDate day, Predicate<Introduction.Step> settles) {
        return intro.steps().stream().filter(s -> s.on().equals(day) && settles.test(s)).map(Introduction.Step::kind)
                .findFirst().orElse(null);
    }

    private static TodayItem.IntroFollowUp item(Introduction intro, Introduction.Side person, String step, LocalDate dueOn,
                                            String reason, String action, LocalDate day) {
        Introduction.Side other = intro.other(person.id());
        return new TodayItem.IntroFollowUp(new TodayItem.PersonRef(person.id(), person.name()), reason, dueOn, action,
                (int) (day.toEpochDay() - dueOn.toEpochDay()),
                new TodayItem.IntroRef(intro.id(), new TodayItem.PersonRef(other.id(), other.name()), intro.reason(), step));
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
