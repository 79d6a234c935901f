package app.kith.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.web.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The Settings page's message starters: Kith's listed, the user's own added and deleted, kept to their account. */
@ServerTest
class MessageStartersSettingsTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Messages messages;

    private Template own(WebSession session, String name) {
        return messages.templates(session.accountId()).stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void settingsListKithsStartersKindByKindAndThePlaceholdersToUse() {
        WebSession session = WebSession.signUp(port, accounts);

        String page = session.get("/settings").body();

        assertThat(page).contains("id=\"message-starters\"", "<h3>Check-in</h3>", "<h3>Introduction email</h3>",
                "<h3>Congratulation on a new job</h3>", "<option value=\"congratulation\"",
                "On my mind", "Double introduction", "<code>{first name}</code>", "<code>{last topic}</code>",
                "<code>{new job}</code>", "the note of your last touchpoint", "<label for=\"messageBody\">");
        assertThat(page).doesNotContain(">Delete</button>");
    }

    @Test
    void anOwnStarterIsAddedListedAndDeleted() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");

        WebSession.Page added = session.post("/settings/messages",
                Map.of("kind", "ask", "name", "My ask", "body", "Hi {first name},\r\ncould you help with {ask}?"));

        assertThat(added.location()).endsWith("/settings#message-starters");
        Template mine = own(session, "My ask");
        assertThat(mine.body()).isEqualTo("Hi {first name},\ncould you help with {ask}?");
        String page = session.get("/settings").body();
        assertThat(page).contains("My ask", "aria-label=\"Delete My ask\"",
                "action=\"/settings/messages/" + mine.id() + "/delete\"");

        WebSession.Page deleted = session.post("/settings/messages/" + mine.id() + "/delete", Map.of());

        assertThat(deleted.location()).endsWith("/settings#message-starters");
        assertThat(session.get("/settings").body()).contains("Deleted: My ask (ask).", ">Undo</button>")
                .doesNotContain("aria-label=\"Delete My ask\"");
        assertThat(session.get("/settings").body()).doesNotContain("My ask");
    }

    @Test
    void anOwnStarterIsEditedInPlaceAndARefusedChangeStaysOpenAsTyped() {
        WebSession session = WebSession.signUp(port, accounts);
        Template mine = messages.add(session.accountId(), new NewTemplate("check-in", "Mine", "Hi {first name}"));
        assertThat(session.get("/settings").body()).contains("id=\"message-" + mine.id() + "\"",
                "<label for=\"messageBody-" + mine.id() + "\">");

        WebSession.Page saved = session.post("/settings/messages/" + mine.id(),
                Map.of("kind", "check-in", "name", "Mine, warmer", "body", "Dear {first name},\r\nhow are you?"));

        assertThat(saved.location()).endsWith("/settings#message-" + mine.id());
        assertThat(own(session, "Mine, warmer").body()).isEqualTo("Dear {first name},\nhow are you?");

        WebSession.Page refused = session.post("/settings/messages/" + mine.id(),
                Map.of("kind", "check-in", "name", "Mine, warmer", "body", "Dear {firstname} <b>"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("messageBody-" + mine.id())).startsWith("Body uses {firstname}, which Kith cannot fill");
        assertThat(refused.body()).contains("<details open>", "Dear {firstname} &lt;b&gt;</textarea>");
        assertThat(own(session, "Mine, warmer").body()).isEqualTo("Dear {first name},\nhow are you?");
    }

    @Test
    void aBuiltInStarterIsCopiedIntoTheAddFormToBeMadeOnesOwn() {
        WebSession session = WebSession.signUp(port, accounts);

        String page = session.get("/settings?copy=intro-short").body();

        assertThat(page).contains("href=\"/settings?copy=intro-short#message-starters\"", "value=\"My Short and warm\"",
                "<option value=\"intro\" selected>", "Over to you!");
        assertThat(session.get("/settings?copy=nonsense").status()).isEqualTo(404);
    }

    @Test
    void aRefusedStarterComesBackAsTypedWithTheMessageNextToTheField() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");

        WebSession.Page refused = session.post("/settings/messages",
                Map.of("kind", "intro", "name", "Typo", "body", "Hi {firstname} & <b>friends</b>"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.errorOf("messageBody")).startsWith("Body uses {firstname}, which Kith cannot fill");
        assertThat(refused.body()).contains("value=\"Typo\"", "Hi {firstname} &amp; &lt;b&gt;friends&lt;/b&gt;</textarea>",
                "<option value=\"intro\" selected>", "aria-invalid=\"true\"");
        assertThat(messages.templates(session.accountId())).allMatch(Template::builtIn);

        WebSession.Page tooLong = session.post("/settings/messages",
                Map.of("kind", "ask", "name", "x".repeat(61), "body", "Hi"));
        assertThat(tooLong.errorOf("messageName")).isEqualTo("Name is too long: 61 characters, at most 60");
        assertThat(session.post("/settings/messages", Map.of("kind", "thanks", "name", "T", "body", "Hi"))
                .errorOf("messageKind")).startsWith("Kind must be one of check-in");
    }

    @Test
    void anOwnStarterIsShownAsTextNeverAsMarkup() {
        WebSession session = WebSession.signUp(port, accounts);
        messages.add(session.accountId(), new NewTemplate("check-in", "<script>alert(1)</script>", "<img src=x> {name}"));

        String page = session.get("/settings").body();

        assertThat(page).doesNotContain("<script>alert(1)", "<img src=x>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x&gt; {name}");
    }

    @Test
    void anotherAccountNeverSeesOrDeletesTheFirstAccountsStarters() {
        WebSession owner = WebSession.signUp(port, accounts);
        messages.add(owner.accountId(), new NewTemplate("check-in", "Owner's own", "Hi {first name}"));
        Template mine = own(owner, "Owner's own");
        WebSession other = WebSession.signUp(port, accounts);

        assertThat(other.get("/settings").body()).doesNotContain("Owner's own");
        assertThat(other.post("/settings/messages/" + mine.id() + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(other.post("/settings/messages/" + mine.id(), Map.of("kind", "ask", "name", "Mine now", "body", "Hi"))
                .status()).isEqualTo(404);
        assertThat(owner.get("/settings").body()).contains("Owner&#39;s own");
        assertThat(own(owner, "Owner's own")).isEqualTo(mine);
    }
}
