package app.kith.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user's own message starters on both stores: added, listed, used, deleted, and kept to their account. */
class MessagesTest extends StoreTest {

    private Template add(String kind, String name, String body) {
        return kith.messages().add(owner(), new NewTemplate(kind, name, body));
    }

    private static final MessageContext ADA = MessageContext.to("Ada Lovelace", List.of("ada@example.com"));

    @Test
    void anOwnStarterIsAddedAndComesBeforeKithsOfItsKind() {
        Template mine = add(" Check-In ", "  Mine  ", "Hey {first name}!\r\nLong time.");

        assertThat(mine.id()).isNotNull();
        assertThat(mine.key()).isEqualTo("own-" + mine.id());
        assertThat(mine.kind()).isEqualTo(MessageKind.CHECK_IN);
        assertThat(mine.name()).isEqualTo("Mine");
        assertThat(mine.body()).isEqualTo("Hey {first name}!\nLong time.");
        assertThat(mine.builtIn()).isFalse();
        List<Template> checkIns = kith.messages().templates(owner(), MessageKind.CHECK_IN);
        assertThat(checkIns.get(0)).isEqualTo(mine);
        assertThat(checkIns.subList(1, checkIns.size())).allMatch(Template::builtIn).hasSize(3);
        assertThat(kith.messages().render(owner(), MessageKind.CHECK_IN, null, ADA).body())
                .isEqualTo("Hey Ada!\nLong time.");
    }

    @Test
    void withoutOwnStartersTheFirstIsKiths() {
        Message m = kith.messages().render(owner(), MessageKind.CHECK_IN, null, ADA);

        assertThat(m.templateKey()).isEqualTo("check-in-on-my-mind");
        assertThat(m.body()).startsWith("Hi Ada,\n\nYou came to mind today");
    }

    @Test
    void everyTemplateIsListedKindByKind() {
        add("intro", "Mine", "Hi both");

        assertThat(kith.messages().templates(owner())).extracting(t -> t.kind().key()).containsExactly(
                "check-in", "check-in", "check-in", "ask", "ask", "follow-up", "follow-up", "intro-opt-in", "intro-opt-in",
                "intro", "intro", "intro", "intro-check", "intro-check", "reply", "reply", "birthday", "birthday",
                "congratulation", "congratulation");
    }

    @Test
    void aStarterIsRenderedByKeyAndAKeyOfAnotherKindIsNotFound() {
        assertThat(kith.messages().render(owner(), MessageKind.ASK, "ask-advice", ADA.withAsk("an intro to Priya"))
                .body()).contains("so I wanted to ask: an intro to Priya.");
        assertThatThrownBy(() -> kith.messages().render(owner(), MessageKind.ASK, "check-in-coffee", ADA))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.messages().render(owner(), MessageKind.ASK, "nonsense", ADA))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void refusedStartersNameTheFieldAndWriteNothing() {
        assertRefused(new NewTemplate("thank-you", "Thanks", "Thank you!"), "kind", "kind must be one of check-in, ask,"
                + " follow-up, intro-opt-in, intro, intro-check, reply, birthday, congratulation, not \"thank-you\"");
        assertRefused(new NewTemplate(null, "Thanks", "Thank you!"), "kind", "kind must be one of");
        assertRefused(new NewTemplate("ask", " ", "Hi"), "name", "name is required");
        assertRefused(new NewTemplate("ask", "x".repeat(61), "Hi"), "name", "name is too long: 61 characters, at most 60");
        assertRefused(new NewTemplate("ask", "Two\nlines", "Hi"), "name", "name must be one line");
        assertRefused(new NewTemplate("ask", "Empty", "  "), "body", "body is required");
        assertRefused(new NewTemplate("ask", "Long", "x".repeat(2_001)), "body", "at most 2000");
        assertRefused(new NewTemplate("ask", "Typo", "Hi {firstname}, {ask}"), "body",
                "body uses {firstname}, which Kith cannot fill; use {first name}, {name},");
        assertRefused(new NewTemplate("ask", "Control", "Hi\u0007"), "body", "control characters");
        assertThat(rows("message_template")).isZero();
    }

    private void assertRefused(NewTemplate t, String field, String message) {
        assertThatThrownBy(() -> kith.messages().add(owner(), t))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(message);
    }

    @Test
    void twoThousandCharactersAndSixtyForTheNameAreAllowed() {
        Template t = add("ask", "x".repeat(60), "y".repeat(2_000));

        assertThat(t.name()).hasSize(60);
        assertThat(t.body()).hasSize(2_000);
    }

    @Test
    void anAccountKeepsAtMostTwoHundredOfItsOwn() {
        for (int i = 0; i < Messages.MAX_OWN; i++) {
            add("check-in", "Mine " + i, "Hi {first name}");
        }

        assertRefused(new NewTemplate("ask", "One more", "Hi"), "name", "200 message starters of your own already");
        assertThat(rows("message_template")).isEqualTo(Messages.MAX_OWN);
        assertThat(kith.messages().add(anotherAccount(), new NewTemplate("ask", "Theirs", "Hi")).name()).isEqualTo("Theirs");
    }

    @Test
    void anOwnStarterIsRewrittenCheckedLikeANewOneAndKithsAndOthersAreNotFound() {
        Template mine = add("ask", "Mine", "Hi {first name}");

        Template changed = kith.messages().update(owner(), mine.id(), new NewTemplate("follow-up", "Nudge", "Hi {first name}, {ask}?"));

        assertThat(changed).isEqualTo(new Template(mine.key(), mine.id(), MessageKind.FOLLOW_UP, "Nudge",
                "Hi {first name}, {ask}?", false));
        assertThat(kith.messages().templates(owner(), MessageKind.FOLLOW_UP).get(0)).isEqualTo(changed);
        assertThatThrownBy(() -> kith.messages().update(owner(), mine.id(), new NewTemplate("ask", "Typo", "{firstname}")))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> kith.messages().update(anotherAccount(), mine.id(), new NewTemplate("ask", "X", "Hi")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.messages().update(owner(), 999_999, new NewTemplate("ask", "X", "Hi")))
                .isInstanceOf(NotFound.class);
        assertThat(kith.messages().template(owner(), mine.key())).isEqualTo(changed);
    }

    @Test
    void anOwnStarterIsDeletedAndKithsCannotBe() {
        Template mine = add("ask", "Mine", "Hi {first name}");

        kith.messages().delete(owner(), mine.id());

        assertThat(kith.messages().templates(owner())).noneMatch(t -> t.name().equals("Mine"));
        assertThatThrownBy(() -> kith.messages().delete(owner(), mine.id())).isInstanceOf(NotFound.class);
        assertThat(kith.messages().templates(owner(), MessageKind.ASK)).hasSize(2);
    }

    @Test
    void anotherAccountNeverSeesUsesOrDeletesThem() {
        Template mine = add("check-in", "Mine", "Hi {first name}");
        long other = anotherAccount();

        assertThat(kith.messages().templates(other)).noneMatch(t -> t.name().equals("Mine"));
        assertThat(kith.messages().render(other, MessageKind.CHECK_IN, null, ADA).templateKey())
                .isEqualTo("check-in-on-my-mind");
        assertThatThrownBy(() -> kith.messages().template(other, mine.key())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.messages().render(other, MessageKind.CHECK_IN, mine.key(), ADA))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.messages().delete(other, mine.id())).isInstanceOf(NotFound.class);
        assertThat(kith.messages().template(owner(), mine.key())).isEqualTo(mine);
    }
}
