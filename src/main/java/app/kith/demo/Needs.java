package app.kith.demo;

import app.kith.person.PersonDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one person in a hundred of the demo is looking for, said the way people say it ("advice on
 * fundraising"), so their pages suggest introductions to those who know about it.
 */
final class Needs {

    private static final List<String> SAYINGS = List.of("advice on %s", "a %s mentor", "someone who knows %s",
            "%s clients");

    private Needs() {
    }

    static List<PersonDraft> some(List<PersonDraft> drafts, SplittableRandom random) {
        List<PersonDraft> result = new ArrayList<>(drafts);
        int count = Math.max(1, Math.min(300, drafts.size() / 100));
        for (int i = 0; i < count; i++) {
            int at = random.nextInt(result.size());
            PersonDraft d = result.get(at);
            String topic = Words.TOPICS.get(random.nextInt(Words.TOPICS.size()));
            if (!d.topics().contains(topic)) {
                result.set(at, d.withLookingFor(List.of(SAYINGS.get(random.nextInt(SAYINGS.size())).formatted(topic))));
            }
        }
        return result;
    }
}
