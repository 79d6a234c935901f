package app.kith.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An introduction's reason, in a message to one side, speaks to them. */
class SecondPersonTest {

    private static final String REASON = "Priya knows about data engineering, which Sam is looking for";

    @Test
    void theRecipientIsYouAndTheVerbAgrees() {
        assertThat(SecondPerson.to(REASON, "Sam Okafor"))
                .isEqualTo("Priya knows about data engineering, which you are looking for");
        assertThat(SecondPerson.to(REASON, "Priya Raman"))
                .isEqualTo("You know about data engineering, which Sam is looking for");
    }

    @Test
    void possessivesVerbsAndTheFullNameAreSaidToThem() {
        assertThat(SecondPerson.to("Sam Okafor's startup needs a designer; Sam has asked twice. Sam teaches on Fridays.",
                "Sam Okafor")).isEqualTo("Your startup needs a designer; you have asked twice. You teach on Fridays.");
        assertThat(SecondPerson.to("Sam studies law. Priya met Sam in Lagos; Sam doesn't know her yet.", "Sam Okafor"))
                .isEqualTo("You study law. Priya met you in Lagos; you don't know her yet.");
        assertThat(SecondPerson.to("Priya thinks Sam perhaps could help", "Sam")).isEqualTo("Priya thinks you perhaps could help");
    }

    @Test
    void otherNamesAndWordsThatOnlyStartLikeTheNameStay() {
        assertThat(SecondPerson.to("Samantha and Sammy know Priya", "Sam Okafor")).isEqualTo("Samantha and Sammy know Priya");
        assertThat(SecondPerson.to("Why not", "Sam")).isEqualTo("Why not");
        assertThat(SecondPerson.to(null, "Sam")).isNull();
    }

    @Test
    void anIntroductionAsksEachSideInTheSecondPersonAndTalksToBothInTheThird() {
        MessageContext toSam = MessageContext.to("Sam Okafor", List.of()).withIntroduction("Priya Raman", REASON);
        MessageContext toPriya = MessageContext.to("Priya Raman", List.of()).withIntroduction("Sam Okafor", REASON);
        Template optIn = BuiltIns.ALL.stream().filter(t -> t.key().equals("intro-opt-in-meet")).findFirst().orElseThrow();
        Template both = BuiltIns.ALL.stream().filter(t -> t.key().equals("intro-double")).findFirst().orElseThrow();

        assertThat(Messages.render(optIn, toSam).body()).contains("I would love to introduce you to Priya Raman. Priya knows"
                + " about data engineering, which you are looking for.");
        assertThat(Messages.render(optIn, toPriya).body()).contains("I would love to introduce you to Sam Okafor. You know"
                + " about data engineering, which Sam is looking for.");
        assertThat(Messages.render(both, toSam).body()).contains(REASON + ".");
    }
}
