package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.SettingsChange;
import app.kith.api.ServerTest;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The message starters the pages offer are signed with the name set in Settings, and only then. */
@ServerTest
class StartersSignedTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Messages messages;

    @Autowired
    Introductions introductions;

    @Autowired
    Clock clock;

    private Person someone(WebSession session, String name) {
        LocalDate today = accounts.byId(session.accountId()).today(clock);
        return people.add(session.accountId(), new PersonDraft(name, List.of(), null, null, null, null, null, null, null,
                null, null, null, 30, null, today.minusDays(60)), today.minusDays(60));
    }

    @Test
    void aCheckInIsSignedUnderItsClosingOnceYourNameIsSet() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = someone(session, "Ada Lovelace");
        String path = "/today/" + ada.id() + "/starter?template=check-in-short";
        assertThat(session.htmx(path).body()).contains("How are you doing?\n\nBest,</textarea>");

        accounts.changeSettings(session.accountId(), SettingsChange.yourName("Ana Rivera"));

        assertThat(session.htmx(path).body()).contains("How are you doing?\n\nBest,\nAna Rivera</textarea>",
                "%0D%0A%0D%0ABest%2C%0D%0AAna%20Rivera\"");
    }

    @Test
    void aStarterOfYourOwnSaysYourNameWhereItWantsIt() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = someone(session, "Ada Lovelace");
        accounts.changeSettings(session.accountId(), SettingsChange.yourName("Ana <b>"));
        messages.add(session.accountId(), new NewTemplate("check-in", "Mine", "Hi {first name}, {your name} here!"));
        messages.add(session.accountId(), new NewTemplate("check-in", "Plain", "Hi {first name}, coffee?"));

        String mine = session.htmx("/today/" + ada.id() + "/starter").body();
        String plain = session.htmx("/today/" + ada.id() + "/starter?template=own-"
                + messages.templates(session.accountId()).stream().filter(t -> t.name().equals("Plain")).findFirst()
                .orElseThrow().id()).body();

        assertThat(mine).contains("Hi Ada, Ana &lt;b&gt; here!</textarea>").doesNotContain("<b>");
        assertThat(plain).contains("Hi Ada, coffee?\n\n— Ana &lt;b&gt;</textarea>");
    }

    @Test
    void anIntroductionsMessagesAreSignedToo() {
        WebSession session = WebSession.signUp(port, accounts);
        Person ada = someone(session, "Ada Lovelace");
        Person grace = someone(session, "Grace Hopper");
        accounts.changeSettings(session.accountId(), SettingsChange.yourName("Ana"));
        introductions.propose(session.accountId(), new NewIntroduction(ada.id(), grace.id(), "compilers", null),
                accounts.byId(session.accountId()).today(clock));

        assertThat(session.get("/introductions").body()).contains("Best,\nAna</textarea>");
    }
}
