package app.kith.intro;

import java.util.Arrays;

/** What a step of an introduction did, as stored in {@code introduction_event.kind}. */
enum Kind {
    PROPOSED("proposed"), ASKED("asked"), AGREED("agreed"), DECLINED("declined"), INTRODUCED("introduced"),
    MET("met"), NO_REPLY("no-reply"), NOT_A_FIT("not-a-fit");

    final String key;

    Kind(String key) {
        this.key = key;
    }

    static Kind ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown introduction step " + key));
    }

    static Kind outcome(IntroState state) {
        return ofKey(state.key());
    }
}
