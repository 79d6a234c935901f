package app.kith.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email against a real SMTP server (GreenMail) on both stores, with a clock the tests
 * move: what it says, when it goes out, once a day, and how it survives a mail server that is down
 * and a node that stopped half-way.
 */
class DigestsTest extends StoreTest {

    private static final String BASE = "https://kith.example";
    /** 06:00 in Paris, an hour before the email's hour there. */
    private static final Instant DAWN = Instant.parse("2026-03-02T05:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(10);

    private final MovableClock clock = new MovableClock(DAWN);
    private GreenMail smtp;
    private int port;
    private Kith home;
    private Digests digests;
    private Account account;

    @BeforeEach
    void setUp() throws IOException {
        port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        home = Kith.wire(db, clock);
        digests = digests(port);
        long id = home.accounts().create("ada@example.com", "a-long-enough-password").account().id();
        home.accounts().setTimeZone(id, "Europe/Paris");
        account = home.accounts().byId(id);
        home.people().add(id, new PersonDraft("Grace <b>Hopper</b>", List.of("grace@example.com"), null, null, null,
                null, null, null, "at the \"Compilers & Co\" meetup", null, null, null, 7, null, null),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1));
        digests.change(id, true, 7);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private Digests digests(int smtpPort) {
        return new Digests(JdbcClient.create(db.dataSource()), clock, home.accounts(), home.planner(), home.people(),
                home.touchpoints(), home.messages(), home.asks(),
                new MailSettings("127.0.0.1", smtpPort, false, false, null, null, "Kith <kith@example.com>"), BASE, LEASE);
    }

    @Test
    void theEmailHasATextAndAnHtmlPartWithReasonsStartersAndLinksAndUserTextEscaped() throws Exception {
        clock.set(Instant.parse("2026-03-02T06:05:00Z"));
        assertThat(digests.sendDue()).isEqualTo(1);

        MimeMessage[] got = smtp.getReceivedMessages();
        assertThat(got).hasSize(1);
        MimeMessage mail = got[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        assertThat(mail.getSubject()).isEqualTo("Today: Grace <b>Hopper</b>");
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo("<digest-" + account.id() + "-2026-03-02@kith>");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + BASE + "/digest/unsubscribe/one-click?t=");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain");
        assertThat(html.getContentType()).startsWith("text/html");
        String plain = (String) text.getContent();
        assertThat(plain).contains("Kith · Monday 2 March 2026", "REACH OUT", "* Grace <b>Hopper</b> — ",
                "> Hi Grace", "Done: " + BASE + "/digest/done?t=", "Open: " + BASE + "/people/",
                "Stop these emails: " + BASE + "/digest/unsubscribe?t=");
        String page = (String) html.getContent();
        assertThat(page).contains("Grace &lt;b&gt;Hopper&lt;/b&gt;", "Hi Grace", BASE + "/today",
                "href=\"" + BASE + "/digest/done?t=", "prefers-color-scheme: dark")
                .doesNotContain("<b>Hopper");
    }

    @Test
    void itGoesOutOnceADayAtTheHourOfTheUsersTimeZone() {
        assertThat(digests.sendDue()).as("06:00 in Paris").isZero();
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        assertThat(digests.sendDue()).as("07:00 in Paris").isEqualTo(1);
        clock.advance(Duration.ofHours(3));
        assertThat(digests.sendDue() + digests.sendDue()).isZero();
        clock.advance(Duration.ofHours(21));
        assertThat(digests.sendDue()).as("the next day at 07:00").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aDayMissedWhileDownGoesOutWhenBackThatDayButNeverTheNextDay() {
        clock.set(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(digests.sendDue()).as("back at 20:00, the same day").isEqualTo(1);

        clock.set(Instant.parse("2026-03-04T05:30:00Z"));
        assertThat(digests.sendDue()).as("down all of 3 March, back before the hour on the 4th").isZero();
        clock.set(Instant.parse("2026-03-04T06:30:00Z"));
        assertThat(digests.sendDue()).isEqualTo(1);
        assertThat(sendDays()).containsExactly("2026-03-02", "2026-03-04");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aFailingMailServerIsTriedAgainWithBackoffAndShownUntilItTakesTheEmail() throws Exception {
        smtp.stop();
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        assertThat(digests.sendDue()).isZero();
        DigestStatus.Failure failure = digests.status(account).failure();
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.error()).containsIgnoringCase("connect");
        assertThat(failure.nextTry()).isEqualTo(Instant.parse("2026-03-02T06:01:00Z"));

        assertThat(digests.sendDue()).as("before the next try").isZero();
        assertThat(digests.status(account).failure().attempts()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendDue()).isZero();
        assertThat(digests.status(account).failure().attempts()).isEqualTo(2);
        assertThat(digests.status(account).failure().nextTry()).isEqualTo(Instant.parse("2026-03-02T06:06:00Z"));

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.advance(Duration.ofMinutes(4));
        assertThat(digests.sendDue()).as("4 minutes later: not yet").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(digests.sendDue()).isEqualTo(1);
        assertThat(digests.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(digests.status(account).failure()).isNull();
        assertThat(digests.status(account).lastSent()).isEqualTo(Instant.parse("2026-03-02T06:06:00Z"));
    }

    @Test
    void aClaimLeftBeforeTheMailServerWasReachedIsTakenOverAfterTheLease() {
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        sql().sql("INSERT INTO digest_send (account_id, day, state, claim, claimed_at) VALUES (?, ?, 'claimed', 'dead-node', ?)")
                .params(account.id(), LocalDate.of(2026, 3, 2).toEpochDay(), clock.millis()).update();

        assertThat(digests.sendDue()).as("the other node may still be sending").isZero();
        clock.advance(LEASE.plusSeconds(1));
        assertThat(digests.sendDue()).isEqualTo(1);
        assertThat(digests.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anEmailLeftWhileHandedOverIsNeverSentAgain() {
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        assertThat(digests.sendDue()).isEqualTo(1);
        // As if the node died after the mail server took the message, before it wrote "sent".
        sql().sql("UPDATE digest_send SET state = 'sending', sent_at = NULL").update();

        clock.advance(Duration.ofHours(2));
        assertThat(digests.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void doneFromTheEmailLogsATouchOnlyOnceConfirmedAndOnlyWhileTheLinkHolds() {
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        String token = token(digests.view(account, LocalDate.of(2026, 3, 2)).sections().get(0).items().get(0).doneUrl());
        long grace = home.people().search(account.id(), "grace", 1, 0).get(0).id();

        int before = home.touchpoints().ofPerson(account.id(), grace, 5, 0).size();
        LinkCheck link = digests.check(token);
        assertThat(link.valid()).isTrue();
        assertThat(link.name()).isEqualTo("Grace <b>Hopper</b>");
        assertThat(home.touchpoints().ofPerson(account.id(), grace, 5, 0)).as("checking changes nothing").hasSize(before);

        assertThat(digests.check(token.substring(0, token.length() - 2) + "xy").state()).isEqualTo(LinkCheck.State.INVALID);
        assertThat(digests.confirm("ZG9uZS4xLjIuLjk5OTk5OTk5OTk.forged").state()).isEqualTo(LinkCheck.State.INVALID);
        assertThat(home.touchpoints().ofPerson(account.id(), grace, 5, 0)).hasSize(before);

        assertThat(digests.confirm(token).valid()).isTrue();
        assertThat(digests.confirm(token).valid()).isTrue();
        assertThat(home.touchpoints().ofPerson(account.id(), grace, 5, 0)).as("one touch, however often").hasSize(before + 1);

        clock.advance(Duration.ofDays(3));
        assertThat(digests.confirm(token).state()).isEqualTo(LinkCheck.State.EXPIRED);
    }

    @Test
    void aDisabledAccountGetsNoMorningEmailAndItsLinksChangeNothing() {
        long bob = home.accounts().create("bob@example.com", "a-long-enough-password").account().id();
        home.accounts().setTimeZone(bob, "Europe/Paris");
        long linus = home.people().add(bob, PersonDraft.named("Linus Torvalds").withRhythm(7),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)).id();
        digests.change(bob, true, 7);
        DigestView view = digests.view(home.accounts().byId(bob), LocalDate.of(2026, 3, 2));
        String done = token(view.sections().get(0).items().get(0).doneUrl());
        String unsubscribe = token(view.unsubscribeUrl());
        assertThat(digests.check(done).valid()).as("valid while the account is enabled").isTrue();
        int touches = home.touchpoints().ofPerson(bob, linus, 5, 0).size();

        home.accounts().admin().disable(home.accounts().owner().id(), "bob@example.com");

        assertThat(digests.check(done).state()).isEqualTo(LinkCheck.State.INVALID);
        assertThat(digests.confirm(done).valid()).isFalse();
        assertThat(digests.confirm(unsubscribe).valid()).isFalse();
        assertThat(home.touchpoints().ofPerson(bob, linus, 5, 0)).as("no touch logged").hasSize(touches);
        assertThat(digests.settings(bob).enabled()).as("not unsubscribed either").isTrue();

        clock.set(Instant.parse("2026-03-02T06:05:00Z"));
        assertThat(digests.sendDue()).as("only the enabled account's email").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("ada@example.com"));

        home.accounts().admin().enable(home.accounts().owner().id(), "bob@example.com");
        assertThat(digests.check(done).valid()).as("the same link works again once enabled").isTrue();
    }

    @Test
    void theUnsubscribeLinkTurnsTheEmailOff() {
        String token = token(digests.view(account, LocalDate.of(2026, 3, 2)).unsubscribeUrl());
        assertThat(digests.check(token).action()).isEqualTo("unsubscribe");
        assertThat(digests.settings(account.id()).enabled()).isTrue();

        digests.confirm(token);

        assertThat(digests.settings(account.id())).isEqualTo(new DigestSettings(false, 7));
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        assertThat(digests.sendDue()).isZero();
    }

    @Test
    void itCannotBeTurnedOnWithoutAMailServerNorAtAnHourThatIsNot() {
        Digests noMail = new Digests(JdbcClient.create(db.dataSource()), clock, home.accounts(), home.planner(),
                home.people(), home.touchpoints(), home.messages(), home.asks(), MailSettings.NONE, BASE, LEASE);
        assertThatThrownBy(() -> noMail.change(account.id(), true, 7)).isInstanceOf(Invalid.class)
                .hasMessageContaining("kith.mail.host");
        assertThatThrownBy(() -> digests.change(account.id(), true, 24)).isInstanceOf(Invalid.class)
                .hasMessageContaining("between 0 and 23");
    }

    @Test
    void aTestEmailGoesOutNowAndIsNotTheDaysEmail() throws Exception {
        digests.sendTest(account);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Test: ");
        clock.set(Instant.parse("2026-03-02T06:00:00Z"));
        assertThat(digests.sendDue()).isEqualTo(1);

        smtp.stop();
        assertThatThrownBy(() -> digests.sendTest(account)).isInstanceOf(Invalid.class)
                .hasMessageStartingWith("The mail server did not take it: ");
    }

    private List<String> sendDays() {
        return sql().sql("SELECT day FROM digest_send WHERE state = 'sent' ORDER BY day").query(Long.class).list()
                .stream().map(d -> LocalDate.ofEpochDay(d).toString()).toList();
    }

    static String token(String url) {
        Matcher m = Pattern.compile("[?&]t=([^&]+)").matcher(url);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
