package app.kith.feed;

import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The feed's events from the days' plans. Each day with anyone on its list gets one event, "Reach
 * out: Ada, Sam, Priya", its description the items with their reasons. Everything on a list for a
 * dated reason rather than a rhythm (a birthday, an ask or introduction to follow up, a reminder, a
 * key date, any kind to come) gets an event of its own on the day it fell due, or on the first day
 * it is listed when that was before the feed's first day, so a calendar shows the date itself.
 *
 * <p>UIDs are made of what the event is about, never of the request: the day for a day's event,
 * the kind, the person and the day it fell due for the others. A calendar that reads the feed again
 * updates the same events.
 */
final class FeedEvents {

    /** Kinds whose item is only a person due by their rhythm: on the day's event alone. */
    private static final String RHYTHM = "person";
    private static final int SHORT_REASON = 60;

    private FeedEvents() {
    }

    static List<FeedEvent> of(List<Today> days, String uidDomain, String baseUrl) {
        List<FeedEvent> events = new ArrayList<>();
        Map<String, FeedEvent> dated = new LinkedHashMap<>();
        LocalDate first = days.isEmpty() ? null : days.get(0).date();
        for (Today day : days) {
            List<TodayItem> items = day.items();
            if (items.isEmpty()) {
                continue;
            }
            String url = baseUrl + "/today?date=" + day.date();
            events.add(new FeedEvent("day-" + day.date() + "@" + uidDomain, day.date(), "Reach out: " + names(items),
                    description(items, url), url));
            // Off the list for want of room, a date's own item (a second birthday) still has its day.
            List<TodayItem> ofTheDay = new ArrayList<>(items);
            day.more().stream().filter(i -> day.date().equals(i.dueOn())).forEach(ofTheDay::add);
            for (TodayItem item : ofTheDay) {
                if (item.kind().equals(RHYTHM)) {
                    continue;
                }
                LocalDate on = item.dueOn() == null || item.dueOn().isBefore(first) || item.dueOn().isAfter(day.date())
                        ? day.date() : item.dueOn();
                String uid = item.kind() + "-" + item.person().id() + "-" + on + "@" + uidDomain;
                String itemUrl = baseUrl + "/today?date=" + on;
                // Listed again on later days: the event stays where it first was.
                dated.putIfAbsent(uid, new FeedEvent(uid, on, summary(item), item.reason() + "\n\n" + itemUrl, itemUrl));
            }
        }
        events.addAll(dated.values());
        return events;
    }

    /** First names, or the whole name where two on the day share a first name. */
    private static String names(List<TodayItem> items) {
        List<String> full = items.stream().map(i -> name(i.person())).distinct().toList();
        Map<String, Long> firsts = full.stream().collect(Collectors.groupingBy(FeedEvents::first, Collectors.counting()));
        return full.stream().map(n -> firsts.get(first(n)) > 1 ? n : first(n)).collect(Collectors.joining(", "));
    }

    private static String description(List<TodayItem> items, String url) {
        StringBuilder s = new StringBuilder();
        for (TodayItem item : items) {
            s.append(item.done() ? "✓ " : "• ").append(name(item.person())).append(": ").append(item.reason()).append('\n');
        }
        return s.append('\n').append("Open Today in Kith: ").append(url).toString();
    }

    /** What a dated item is about, in a calendar's few words. */
    static String summary(TodayItem item) {
        String name = name(item.person());
        if (item instanceof TodayItem.Reminder r && r.reminder() != null) {
            return name + ": " + shortened(r.reminder().text());
        }
        if (item instanceof TodayItem.KeyDate k && k.keyDate() != null) {
            return name + ": " + shortened(k.keyDate().label());
        }
        return switch (item.kind()) {
            case "birthday" -> name + "’s birthday";
            case "ask" -> "Follow up with " + name + " (ask)";
            case "intro" -> "Follow up with " + name + " (introduction)";
            case "reply" -> "Reply to " + name;
            case "job-change" -> "Congratulate " + name + " (new job)";
            default -> {
                String kind = item.kind().replace('-', ' ');
                String label = kind.isEmpty() ? "Today" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
                String reason = item.reason() == null ? "" : item.reason().strip();
                yield label + ": " + name + (reason.isEmpty() || reason.length() > SHORT_REASON ? "" : " — " + reason);
            }
        };
    }

    private static String shortened(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() > SHORT_REASON ? t.substring(0, SHORT_REASON - 1).strip() + "…" : t;
    }

    private static String name(TodayItem.PersonRef person) {
        return person.name() == null || person.name().isBlank() ? "someone" : person.name().strip();
    }

    private static String first(String name) {
        return name.split("\\s+")[0];
    }
}
