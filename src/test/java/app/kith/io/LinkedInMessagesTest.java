package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.audit.AuditEvent;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** LinkedIn's messages.csv becomes touchpoints with the people in Kith, once, whoever wrote. */
class LinkedInMessagesTest extends StoreTest {

    static final String HEADER = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
            + "DATE,SUBJECT,CONTENT,FOLDER\n";
    static final String ME = "https://www.linkedin.com/in/me-myself";

    /** Ada is found by her profile (written otherwise in the file), Grace by her name, Linus is not in Kith. */
    static final String FILE = HEADER
            + "c1,,Me Myself," + ME + ",Ada Lovelace,https://www.linkedin.com/in/ada-l,2024-03-05 14:22:10 UTC,,\"Hi Ada,\nhow are you?\",INBOX\n"
            + "c1,,Ada Lovelace,https://linkedin.com/in/ADA-L/,Me Myself," + ME + ",2024-03-05 15:00:00 UTC,,Fine!,INBOX\n"
            + "c1,,Ada Lovelace,https://linkedin.com/in/ADA-L/,Me Myself," + ME + ",2024-03-05 18:00:00 UTC,,And you?,INBOX\n"
            + "c1,,Me Myself," + ME + ",Ada Lovelace,https://www.linkedin.com/in/ada-l,2024-03-05 19:00:00 UTC,,Good,INBOX\n"
            + "c2,,Grace Hopper,https://www.linkedin.com/in/grace-h,Me Myself," + ME + ",2024-04-01 09:00:00 UTC,,Hello,INBOX\n"
            + "c3,,Me Myself," + ME + ",Linus Torvalds,https://www.linkedin.com/in/linus,2024-05-01 09:00:00 UTC,,Hey,SENT\n";

    private long ada;
    private long grace;

    @BeforeEach
    void people() {
        ada = kith.people().add(owner(), new PersonDraft("Ada Lovelace", null, null, null, null, null,
                "https://www.linkedin.com/in/ada-l", null, null, null, null, null, null, null, null), TODAY).id();
        grace = kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY).id();
    }

    private LinkedInMessages.Result run(String file, String me, boolean dryRun) {
        return kith.imports().linkedInMessages().run(owner(), new ByteArrayInputStream(
                file.getBytes(StandardCharsets.UTF_8)), me, dryRun);
    }

    @Test
    void messagesWithPeopleInKithBecomeOneTouchpointPerPersonDayAndDirection() {
        LinkedInMessages.Result r = run(FILE, null, false);

        assertThat(r.messages()).isEqualTo(6);
        assertThat(r.out()).isEqualTo(3);
        assertThat(r.in()).isEqualTo(3);
        assertThat(r.touchpoints()).isEqualTo(3);
        assertThat(r.people()).isEqualTo(2);
        assertThat(r.unknownConversations()).isEqualTo(1);
        assertThat(r.alreadyImported()).isZero();
        assertThat(r.me()).isEqualTo(ME);
        List<Touchpoint> adas = kith.touchpoints().ofPerson(owner(), ada, 10, 0);
        assertThat(adas).extracting(Touchpoint::direction).containsExactlyInAnyOrder(Direction.OUT, Direction.IN);
        assertThat(adas).allSatisfy(t -> {
            assertThat(t.on()).isEqualTo(LocalDate.of(2024, 3, 5));
            assertThat(t.channel()).isEqualTo(Channel.MESSAGE);
            assertThat(t.note()).isEqualTo("LinkedIn message");
        });
        assertThat(kith.touchpoints().ofPerson(owner(), grace, 10, 0)).singleElement().satisfies(t -> {
            assertThat(t.direction()).isEqualTo(Direction.IN);
            assertThat(t.on()).isEqualTo(LocalDate.of(2024, 4, 1));
        });
        assertThat(kith.people().get(owner(), grace).lastTouchOn()).as("the clock moves").isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(sql().sql("SELECT count(*) FROM touchpoint WHERE note LIKE '%Ada%' OR note LIKE '%Hello%'")
                .query(Integer.class).single()).as("no message text is kept").isZero();
    }

    @Test
    void importingAgainOrALaterOverlappingExportLogsNothingTwice() {
        run(FILE, null, false);
        int touchpoints = rows("touchpoint");

        LinkedInMessages.Result again = run(FILE, null, false);
        assertThat(again.touchpoints()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(3);
        assertThat(rows("touchpoint")).isEqualTo(touchpoints);

        LinkedInMessages.Result later = run(FILE + "c2,,Me Myself," + ME + ",Grace Hopper,https://www.linkedin.com/in/grace-h,"
                + "2024-04-01 10:00:00 UTC,,Hi,INBOX\n"
                + "c2,,Grace Hopper,https://www.linkedin.com/in/grace-h,Me Myself," + ME + ",2024-06-01 09:00:00 UTC,,Again,INBOX\n",
                null, false);
        assertThat(later.touchpoints()).as("Grace: out on 1 April and in on 1 June").isEqualTo(2);
        assertThat(rows("touchpoint")).isEqualTo(touchpoints + 2);
    }

    @Test
    void aDryRunSaysWhatItWouldLogAndWritesNothing() {
        LinkedInMessages.Result r = run(FILE, null, true);

        assertThat(r.applied()).isFalse();
        assertThat(r.touchpoints()).isEqualTo(3);
        assertThat(rows("touchpoint")).isZero();
        assertThat(rows("touchpoint_import_key")).isZero();
        assertThat(rows("audit_event")).as("a dry run is not an import").isZero();
    }

    @Test
    void anImportIsInTheAuditLogWithItsCountsAndNoNames() {
        run(FILE, null, false);
        run(FILE, null, false);

        assertThat(kith.audit().page(owner(), null, 10).events()).extracting(AuditEvent::kind, AuditEvent::detail)
                .containsExactly(
                        tuple("import", "imported linkedin messages: 6 messages read, 0 touchpoints logged for 0 people"),
                        tuple("import", "imported linkedin messages: 6 messages read, 3 touchpoints logged for 2 people"));
    }

    @Test
    void aBadLineIsRefusedWithItsNumberAndNothingIsWritten() {
        String bad = FILE + "c4,,Grace Hopper,https://www.linkedin.com/in/grace-h,Me Myself," + ME + ",yesterday,,x,INBOX\n";

        assertThatThrownBy(() -> run(bad, null, false)).isInstanceOf(Invalid.class)
                .hasMessageContaining("Line 9").hasMessageContaining("\"yesterday\"");
        assertThat(rows("touchpoint")).isZero();
        assertThat(rows("touchpoint_import_key")).isZero();
    }

    @Test
    void aFileThatIsNotAMessagesExportIsRefused() {
        assertThatThrownBy(() -> run("First Name,Last Name,URL\nAda,Lovelace,x\n", null, false))
                .isInstanceOf(Invalid.class).hasMessageContaining("messages.csv");
    }

    @Test
    void meSaysWhoYouAreWhenTheFileCannotTell() {
        String one = HEADER + "c1,,Me Myself," + ME + ",Grace Hopper,https://www.linkedin.com/in/grace-h,"
                + "2024-04-01 10:00:00 UTC,,Hi,INBOX\n"
                + "c1,,Grace Hopper,https://www.linkedin.com/in/grace-h,Me Myself," + ME + ",2024-04-02 10:00:00 UTC,,Hi,INBOX\n";
        assertThatThrownBy(() -> run(one, null, false)).isInstanceOf(Invalid.class)
                .satisfies(e -> assertThat(((Invalid) e).field()).isEqualTo("me"));

        LinkedInMessages.Result byName = run(one, "me myself", true);
        assertThat(byName.out()).isEqualTo(1);
        assertThat(byName.in()).isEqualTo(1);

        LinkedInMessages.Result byUrl = run(one, "linkedin.com/in/Me-Myself/", false);
        assertThat(byUrl.touchpoints()).isEqualTo(2);
        assertThat(kith.touchpoints().ofPerson(owner(), grace, 10, 0)).extracting(Touchpoint::direction)
                .containsExactlyInAnyOrder(Direction.OUT, Direction.IN);
    }

    @Test
    void aDraftIsNoContact() {
        LinkedInMessages.Result r = run(FILE + "c2,,Me Myself," + ME + ",Grace Hopper,https://www.linkedin.com/in/grace-h,"
                + "2024-06-01 10:00:00 UTC,,Unsent,DRAFT\n", null, false);

        assertThat(r.messages()).isEqualTo(6);
        assertThat(kith.touchpoints().ofPerson(owner(), grace, 10, 0)).singleElement()
                .satisfies(t -> assertThat(t.direction()).isEqualTo(Direction.IN));
    }

    @Test
    void aNameTwoPeopleShareMatchesNobody() {
        kith.people().add(owner(), PersonDraft.named("Grace Hopper"), TODAY);

        LinkedInMessages.Result r = run(FILE, null, false);

        assertThat(r.people()).as("Ada only").isEqualTo(1);
        assertThat(r.unknownConversations()).isEqualTo(2);
    }

    @Test
    void anotherAccountsImportNeverReachesTheOwnersPeople() {
        long other = anotherAccount();
        LinkedInMessages.Result r = kith.imports().linkedInMessages().run(other, new ByteArrayInputStream(
                FILE.getBytes(StandardCharsets.UTF_8)), null, false);

        assertThat(r.touchpoints()).isZero();
        assertThat(r.unknownConversations()).isEqualTo(3);
        assertThat(rows("touchpoint")).isZero();
    }
}
