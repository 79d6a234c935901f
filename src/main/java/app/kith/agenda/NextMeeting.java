package app.kith.agenda;

import java.time.Instant;
import java.time.LocalDate;

/** A coming meeting with a person, from the last fetch: when and what kind ({@code video}, {@code coffee}, {@code meeting}). */
public record NextMeeting(LocalDate day, Instant startsAt, String kind) {

    /** The kind as a sentence says it: "coffee", "a video call", "a meeting". */
    public String inWords() {
        return Kinds.inWords(kind);
    }
}
