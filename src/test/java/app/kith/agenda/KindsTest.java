package app.kith.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What kind of contact a meeting was, from its title, place and links. */
class KindsTest {

    @Test
    void aMeetingLinkAnywhereMakesAVideoCall() {
        assertThat(Kinds.of("Catch-up", "https://us02web.zoom.us/j/812345?pwd=x")).isEqualTo("video");
        assertThat(Kinds.of("Catch-up", "Join: https://meet.google.com/abc-defg-hij")).isEqualTo("video");
        assertThat(Kinds.of("Review", "https://teams.microsoft.com/l/meetup-join/19%3ameeting")).isEqualTo("video");
        assertThat(Kinds.of("Review", "https://acme.webex.com/acme/j.php?MTID=m1")).isEqualTo("video");
        assertThat(Kinds.of("Coffee (remote)", "https://meet.jit.si/kith-coffee")).as("a link wins").isEqualTo("video");
    }

    @Test
    void foodOrDrinkInTheTitleOrPlaceMakesCoffee() {
        assertThat(Kinds.of("Lunch with Ada", "")).isEqualTo("coffee");
        assertThat(Kinds.of("Ada\nCafé de Flore", "")).isEqualTo("coffee");
        assertThat(Kinds.of("Drinks after work", "")).isEqualTo("coffee");
        assertThat(Kinds.of("BREAKFAST", "")).isEqualTo("coffee");
    }

    @Test
    void anythingElseIsAMeetingEvenWordsThatOnlyLookLikeFood() {
        assertThat(Kinds.of("Team meeting", "")).isEqualTo("meeting");
        assertThat(Kinds.of("Steady state review", "")).isEqualTo("meeting");
        assertThat(Kinds.of("Board review\nRoom 4", "zoom.us pricing discussion, lunch after")).as(
                "a word in the description is not a link, and the description does not make coffee").isEqualTo("meeting");
    }
}
