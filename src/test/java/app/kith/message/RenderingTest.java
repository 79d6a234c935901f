package app.kith.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Filling message starters: placeholders, optional parts, unknown values, plain text and mailto: links. */
class RenderingTest {

    private static Template template(MessageKind kind, String body) {
        return new Template("test", null, kind, "Test", body, false);
    }

    private static Message render(String body, MessageContext context) {
        return Messages.render(template(MessageKind.CHECK_IN, body), context);
    }

    private static final MessageContext ADA = MessageContext.to("Ada Lovelace", List.of("ada@example.com"))
            .withHistory("At the Difference Engine demo.", "the analytical engine.", 45);

    @Test
    void placeholdersAreFilledFromTheContext() {
        Message m = render("Hi {first name} ({name}), we met {how we met}; it has been {days since} since {last topic}.",
                ADA);

        assertThat(m.body()).isEqualTo("Hi Ada (Ada Lovelace), we met At the Difference Engine demo; it has been"
                + " 6 weeks since the analytical engine.");
        assertThat(m.subject()).isEqualTo("Catching up");
        assertThat(m.templateKey()).isEqualTo("test");
    }

    @Test
    void placeholdersAreReadInAnyCaseAndSpacing() {
        assertThat(render("Hi {First  Name}, {DAYS SINCE}", ADA).body()).isEqualTo("Hi Ada, 6 weeks");
    }

    @Test
    void anOptionalPartIsKeptWhenItsValuesAreKnownAndItsAlternativeUsedWhenNot() {
        String body = "Hi {first name}. [Still thinking about {last topic}?|It has been {days since}.][ We met {how we met}.]";

        assertThat(render(body, ADA).body())
                .isEqualTo("Hi Ada. Still thinking about the analytical engine? We met At the Difference Engine demo.");
        assertThat(render(body, MessageContext.to("Ada Lovelace", List.of())).body())
                .as("no note, no days, no how-we-met: the alternative, with its own fallback, and nothing")
                .isEqualTo("Hi Ada. It has been a while.");
    }

    @Test
    void anUnknownValueOutsideAnOptionalPartFallsBackToWordsNotEmptyBraces() {
        Message m = render("Hi {first name}, about {last topic}: it has been {days since}. Re {ask}; {reason}.",
                MessageContext.to(null, List.of()));

        assertThat(m.body()).isEqualTo("Hi there, about what you were working on: it has been a while. Re my earlier"
                + " note; I think you two would get on.");
        assertThat(m.body()).doesNotContain("{", "}", "[", "]");
    }

    @Test
    void bracketsWithoutPlaceholdersAreLeftAsWritten() {
        assertThat(render("Hi {first name} [sic], see [1]|[2].", ADA).body()).isEqualTo("Hi Ada [sic], see [1]|[2].");
    }

    @Test
    void valuesAreNeverReadAsPlaceholdersOrBrackets() {
        MessageContext odd = MessageContext.to("{last topic} [x] $1 \\", List.of()).withHistory(null, "{name}", null);

        assertThat(render("{name} / {last topic}", odd).body()).isEqualTo("{last topic} [x] $1 \\ / {name}");
    }

    @Test
    void aNoteGoesOnOneLineAndALongOneIsShortened() {
        MessageContext c = MessageContext.to("Ada", List.of())
                .withHistory(null, "Engines\n\nand   looms, and " + "x".repeat(100), null);

        String topic = render("{last topic}", c).body();

        assertThat(topic).startsWith("Engines and looms, and xxx").endsWith("…").hasSize(80).doesNotContain("\n");
    }

    @Test
    void daysSinceIsInWordsAPersonWouldUse() {
        assertThat(Renderer.span(1)).isEqualTo("a day");
        assertThat(Renderer.span(12)).isEqualTo("12 days");
        assertThat(Renderer.span(45)).isEqualTo("6 weeks");
        assertThat(Renderer.span(100)).isEqualTo("3 months");
        assertThat(Renderer.span(800)).isEqualTo("2 years");
        assertThat(Renderer.span(0)).isNull();
    }

    @Test
    void aNameWithAScriptTagStaysPlainText() {
        Message m = render("Hi {first name}, {name}", MessageContext.to("<script>alert(1)</script> Smith", List.of()));

        assertThat(m.body()).isEqualTo("Hi <script>alert(1)</script>, <script>alert(1)</script> Smith");
    }

    @Test
    void theMailtoLinkPercentEncodesEverythingAndBreaksLinesAsCrLf() {
        MessageContext c = MessageContext.to("Ada & Co", List.of("ada+kith@example.com"))
                .withHistory(null, "What? #engines & 100% looms", null);

        Message m = render("Hi {name},\nabout {last topic}?", c);

        assertThat(m.mailto()).isEqualTo("mailto:ada%2Bkith@example.com?subject=Catching%20up&body=Hi%20Ada%20%26%20Co%2C"
                + "%0D%0Aabout%20What%3F%20%23engines%20%26%20100%25%20looms%3F");
        assertThat(m.mailto()).doesNotContain("+", "\n", " ", "#");
    }

    @Test
    void theDoubleIntroductionGoesToBothWithBothNamesInTheSubject() {
        MessageContext c = MessageContext.to("Sam Carter", List.of("sam@example.com"))
                .withIntroduction("Priya Patel", "Priya is hiring data engineers; Sam is looking.")
                .alsoTo(List.of("priya@example.com"));

        Message m = Messages.render(BuiltIns.ALL.stream().filter(t -> t.key().equals("intro-double")).findFirst()
                .orElseThrow(), c);

        assertThat(m.subject()).isEqualTo("Introducing Sam and Priya");
        assertThat(m.body()).startsWith("Hi Sam and Priya,\n\nI am delighted to introduce you to each other. Priya is"
                + " hiring data engineers; Sam is looking.\n\nSam, meet Priya Patel. Priya, meet Sam Carter.");
        assertThat(m.mailto()).startsWith("mailto:sam@example.com,priya@example.com?subject=Introducing%20Sam%20and%20Priya&");
    }

    @Test
    void everyBuiltInStarterReadsWellWithNothingKnownButTheName() {
        MessageContext bare = MessageContext.to("Ada Lovelace", List.of());
        for (Template t : BuiltIns.ALL) {
            Message m = Messages.render(t, bare);
            assertThat(m.body()).as(t.key()).startsWith("Hi ").doesNotContain("{", "}", "[", "]", "  ", " .", "..");
            assertThat(m.subject()).as(t.key()).doesNotContain("{", "[");
        }
    }

    @Test
    void theBuiltInCongratulationsNameTheNewJobWhenItIsKnown() {
        MessageContext job = ADA.withNewJob("Staff Engineer at Stripe");
        for (Template t : BuiltIns.ALL.stream().filter(t -> t.kind() == MessageKind.CONGRATULATION).toList()) {
            assertThat(Messages.render(t, job).body()).as(t.key()).contains("Staff Engineer at Stripe");
            assertThat(Messages.render(t, ADA).body()).as(t.key()).contains("new role")
                    .doesNotContain("Staff Engineer", "()");
        }
        assertThat(render("Congratulations on {new job}!", ADA).body()).as("unknown: its fallback")
                .isEqualTo("Congratulations on the new role!");
    }

    @Test
    void everyKindHasTwoOrThreeBuiltInStarters() {
        for (MessageKind kind : MessageKind.values()) {
            assertThat(BuiltIns.ALL.stream().filter(t -> t.kind() == kind).count()).as(kind.key()).isBetween(2L, 3L);
        }
    }

    @Test
    void aStarterIsSignedWithYourNameUnderItsClosing() {
        assertThat(render("Hi {first name},\n\nHow are you?\n\nBest,", ADA.signedBy("Ana Rivera")).body())
                .isEqualTo("Hi Ada,\n\nHow are you?\n\nBest,\nAna Rivera");
        assertThat(render("Hi {first name}, coffee soon?\n", ADA.signedBy(" Ana ")).body())
                .as("no closing: a dashed line of its own")
                .isEqualTo("Hi Ada, coffee soon?\n\n— Ana");
    }

    @Test
    void aStarterThatSaysYourNameIsNotSignedTwice() {
        assertThat(render("Hi {first name}, it is {your name} from the meetup. Best,", ADA.signedBy("Ana")).body())
                .isEqualTo("Hi Ada, it is Ana from the meetup. Best,");
        assertThat(render("Hi {first name}[, it is {your name}]. Best,", ADA).body())
                .as("unknown: the optional part is left out, and nothing signs")
                .isEqualTo("Hi Ada. Best,");
    }

    @Test
    void withoutYourNameAStarterIsLeftUnsigned() {
        assertThat(render("Hi {first name},\n\nBest,", ADA).body()).isEqualTo("Hi Ada,\n\nBest,");
        assertThat(render("Hi {first name},\n\nBest,", ADA.signedBy("  ")).body()).isEqualTo("Hi Ada,\n\nBest,");
    }

    @Test
    void aNameThatLooksLikeAPlaceholderIsWrittenAsIs() {
        assertThat(render("Hi {first name}, {your name} here", ADA.signedBy("{first name} [x]")).body())
                .isEqualTo("Hi Ada, {first name} [x] here");
    }
}
