package app.kith.reciprocity;

import app.kith.account.Account;
import app.kith.person.Clocks;
import app.kith.person.ReplyClock;
import app.kith.planner.Action;
import app.kith.planner.FollowUps;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Exchange;
import app.kith.touchpoint.LastTouch;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's {@code reply} items: tracked people who reached out and have had no reply from you for
 * {@value #MIN_DAYS} days up to the account's reply window (two weeks unless changed), saying what
 * they reached out about ("Ada reached out to you 3 days ago by email: “Could you look at my
 * deck?”"), the longest waiting first. Only tracked people: with email logged automatically every
 * newsletter would otherwise land on Today. After the window the person falls back to their rhythm.
 *
 * <p>Like the rest of Today, a day's items are those waiting as the day began (judged from
 * touchpoints before it); replying, skipping or snoozing during the day checks an item off in
 * place, and it is gone the next day. Reads the people through the index on their last inbound
 * touch, and touchpoints only for the few whose clock moved on or after the day, and for the
 * note of each one's message.
 */
final class ReplyFollowUps implements FollowUps {

    /** Less than this is not waiting yet: a reply within a day or two is normal. */
    static final int MIN_DAYS = 2;
    /** What they wrote about, at most this long on Today. */
    static final int ABOUT = 80;

    private final Clocks clocks;
    private final Touchpoints touchpoints;

    ReplyFollowUps(Clocks clocks, Touchpoints touchpoints) {
        this.clocks = clocks;
        this.touchpoints = touchpoints;
    }

    /** One person as the day began: when they last reached out, and what you did about it on the day. */
    private record Waiting(ReplyClock clock, int wroteDay, Action action) {
    }

    @Override
    public List<TodayItem> on(Account account, LocalDate date) {
        long accountId = account.id();
        int day = (int) date.toEpochDay();
        int window = account.settings().replyWindowDays();
        List<ReplyClock> clocks = this.clocks.mayAwaitReply(accountId, date.minusDays(window), date);
        List<Long> movedSince = clocks.stream()
                .filter(c -> c.lastInDay() >= day || c.lastOutDay() != null && c.lastOutDay() >= day)
                .map(ReplyClock::personId).toList();
        Map<Long, Exchange> exchanges = new HashMap<>();
        touchpoints.exchanges(accountId, movedSince, date).forEach(e -> exchanges.put(e.personId(), e));

        List<Waiting> waiting = new ArrayList<>();
        for (ReplyClock c : clocks) {
            Exchange e = exchanges.get(c.personId());
            Integer wrote = e == null ? Integer.valueOf(c.lastInDay()) : days(e.lastInBefore());
            Integer answered = e == null ? c.lastOutDay() : days(e.lastOutBefore());
            boolean hidden = c.snoozedUntil() != null && c.snoozedOn() != null && c.snoozedUntil() > day
                    && c.snoozedOn() < day;
            if (wrote == null || answered != null && answered >= wrote || hidden
                    || day - wrote < MIN_DAYS || day - wrote > window) {
                continue;
            }
            waiting.add(new Waiting(c, wrote, action(c, e, day)));
        }
        waiting.sort(Comparator.comparingInt(Waiting::wroteDay).thenComparingLong(w -> w.clock().personId()));

        List<Long> ids = waiting.stream().map(w -> w.clock().personId()).toList();
        Map<Long, LastTouch> wrote = touchpoints.namesWithLastBefore(accountId, ids, date, true);
        return waiting.stream().filter(w -> wrote.containsKey(w.clock().personId()))
                .map(w -> item(w, wrote.get(w.clock().personId()), day)).toList();
    }

    private static Action action(ReplyClock c, Exchange e, int day) {
        if (e != null && e.answeredOn()) {
            return Action.LOGGED;
        }
        if (c.snoozedOn() != null && c.snoozedOn() == day && c.snoozedUntil() != null && c.snoozedUntil() > day) {
            return Action.SNOOZED;
        }
        return c.skippedOn() != null && c.skippedOn() == day ? Action.SKIPPED : null;
    }

    private static TodayItem item(Waiting w, LastTouch last, int day) {
        String name = last.name();
        Touchpoint message = last.touchpoint();
        int waited = day - w.wroteDay();
        LocalDate wrote = LocalDate.ofEpochDay(w.wroteDay());
        String about = message == null ? null : shortened(message.note());
        String channel = message == null ? null : message.channel().key();
        String reason = firstName(name) + " reached out to you " + waited + " days ago" + how(channel)
                + (about == null ? "" : ": “" + about + "”");
        return new TodayItem.Reply(new TodayItem.PersonRef(w.clock().personId(), name), reason, wrote,
                w.action(), w.clock().rhythmDays(), waited, about, channel);
    }

    /** A note on one line, cut at a word near {@value #ABOUT} characters; null when there is none. */
    static String shortened(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String line = note.strip().replaceAll("\\s+", " ");
        if (line.length() <= ABOUT) {
            return line;
        }
        int cut = line.lastIndexOf(' ', ABOUT - 1);
        return line.substring(0, cut > ABOUT / 2 ? cut : ABOUT - 1).strip() + "…";
    }

    private static String how(String channel) {
        return channel == null ? "" : switch (channel) {
            case "email" -> " by email";
            case "call" -> " with a call";
            case "video" -> " with a video call";
            case "coffee" -> " for coffee";
            case "meeting" -> " at a meeting";
            case "message" -> " with a message";
            case "event" -> " at an event";
            case "social" -> " on social media";
            default -> "";
        };
    }

    private static Integer days(LocalDate date) {
        return date == null ? null : (int) date.toEpochDay();
    }

    private static String firstName(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
