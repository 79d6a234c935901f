package app.kith.intro;

import app.kith.Invalid;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an introduction stands. {@code proposed} while each side is asked (double opt-in), then
 * {@code introduced}; it closes as {@code declined} (either side said no) or with an outcome:
 * {@code met}, {@code no-reply}, {@code not-a-fit}.
 */
public enum IntroState {
    PROPOSED("proposed"), DECLINED("declined"), INTRODUCED("introduced"), MET("met"), NO_REPLY("no-reply"),
    NOT_A_FIT("not-a-fit");

    /** The outcomes an introduction can close with once made. */
    public static final List<IntroState> OUTCOMES = List.of(MET, NO_REPLY, NOT_A_FIT);

    private final String key;

    IntroState(String key) {
        this.key = key;
    }

    @JsonValue
    public String key() {
        return key;
    }

    /** Still moving: being asked, or made and waiting for how it went. */
    public boolean open() {
        return this == PROPOSED || this == INTRODUCED;
    }

    public static IntroState parse(String field, String value) {
        String v = value == null ? "" : value.strip();
        return Arrays.stream(values()).filter(s -> s.key.equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> new Invalid(field, field + " must be one of " + Arrays.stream(values())
                        .map(IntroState::key).collect(Collectors.joining(", ")) + ", not \"" + value + "\""));
    }

    static IntroState ofKey(String key) {
        return parse("state", key);
    }
}
