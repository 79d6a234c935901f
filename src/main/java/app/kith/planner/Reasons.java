package app.kith.planner;

import app.kith.person.Rhythms;
import app.kith.person.Why;

/** The plain-words reason an item is on Today ("31 days since coffee · monthly · connector"). */
final class Reasons {

    private Reasons() {
    }

    static String of(Candidate c, int day, Why why, String lastChannel) {
        int since = day - c.clockDay();
        StringBuilder s = new StringBuilder();
        if (!c.touchedBefore()) {
            // Since they were added, not since their clock started: an import may start it earlier.
            s.append("Added ").append(days(day - c.createdDay())).append(" ago, not contacted yet");
        } else if (lastChannel == null || lastChannel.equals("other")) {
            s.append(days(since)).append(" since you were last in touch");
        } else {
            s.append(days(since)).append(" since ").append(phrase(lastChannel));
        }
        s.append(" · ").append(Rhythms.inWords(c.rhythmDays()));
        int overdue = day - c.dueDay();
        if (overdue > 0) {
            s.append(", ").append(days(overdue)).append(" overdue");
        } else if (overdue < 0) {
            s.append(", due in ").append(days(-overdue)).append(": a light day, so ahead of time");
        }
        if (why != null) {
            s.append(" · ").append(why == Why.BOTH ? "awesome and a connector" : why.key());
        }
        return s.toString();
    }


    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }

    private static String phrase(String channel) {
        return switch (channel) {
            case "email" -> "your last email";
            case "call" -> "your last call";
            case "video" -> "your last video call";
            case "coffee" -> "coffee";
            case "meeting" -> "your last meeting";
            case "message" -> "your last message";
            case "event" -> "you met at an event";
            case "social" -> "you last spoke on social media";
            default -> "you were last in touch";
        };
    }
}
