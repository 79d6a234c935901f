package app.kith.demo;

import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A demo network's touchpoints, made person by person and handed over in chunks, so millions of
 * them never sit in memory at once. Within a person's history they lean towards the recent end;
 * email is the most common channel, and meetings in person go both ways.
 */
final class Touches {

    private static final String[] CHANNELS = {"email", "message", "call", "video", "coffee", "event", "social", "other"};
    private static final int[] CHANNEL_WEIGHTS = {45, 15, 10, 9, 8, 5, 6, 2};
    private static final int CHANNEL_TOTAL = Arrays.stream(CHANNEL_WEIGHTS).sum();

    private Touches() {
    }

    /** Feeds {@code sink} chunks of at most {@code chunkSize} touchpoints, person after person. */
    static void each(List<Network.Plan> plans, List<Long> personIds, SplittableRandom random, int chunkSize,
                     Consumer<List<NewTouchpoint>> sink) {
        List<NewTouchpoint> chunk = new ArrayList<>(chunkSize);
        for (int i = 0; i < plans.size(); i++) {
            Network.Plan plan = plans.get(i);
            long personId = personIds.get(i);
            for (int day : days(plan, random)) {
                chunk.add(touch(personId, day, random));
                if (chunk.size() == chunkSize) {
                    sink.accept(chunk);
                    chunk = new ArrayList<>(chunkSize);
                }
            }
        }
        if (!chunk.isEmpty()) {
            sink.accept(chunk);
        }
    }

    /** The days of a person's touchpoints, oldest first: the last touch, and the rest leaning recent. */
    private static int[] days(Network.Plan plan, SplittableRandom random) {
        int[] days = new int[plan.touches()];
        if (days.length == 0) {
            return days;
        }
        int span = plan.lastDay() - plan.firstDay() + 1;
        days[0] = plan.lastDay();
        for (int k = 1; k < days.length; k++) {
            days[k] = plan.lastDay() - (int) (span * Math.pow(random.nextDouble(), 1.2));
        }
        Arrays.sort(days);
        return days;
    }

    private static NewTouchpoint touch(long personId, int day, SplittableRandom random) {
        String channel = channel(random);
        boolean inPerson = channel.equals("coffee") || channel.equals("event") || channel.equals("video");
        double roll = random.nextDouble();
        String direction = inPerson ? (roll < 0.8 ? "mutual" : "out") : roll < 0.55 ? "out" : roll < 0.9 ? "in" : "mutual";
        String note = null;
        if (random.nextDouble() < 0.12) {
            note = String.format(Names.pick(Words.TOUCH_NOTES, random), Names.pick(Words.TOPICS, random));
        }
        return new NewTouchpoint(personId, LocalDate.ofEpochDay(day), channel, direction, note);
    }

    private static String channel(SplittableRandom random) {
        int roll = random.nextInt(CHANNEL_TOTAL);
        for (int c = 0; c < CHANNELS.length; c++) {
            roll -= CHANNEL_WEIGHTS[c];
            if (roll < 0) {
                return CHANNELS[c];
            }
        }
        return CHANNELS[CHANNELS.length - 1];
    }
}
