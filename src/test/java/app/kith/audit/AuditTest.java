package app.kith.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.kith.Invalid;
import app.kith.MovableClock;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.account.NewToken;
import app.kith.account.TokenScope;
import app.kith.io.ExportFormat;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.Imports;
import app.kith.person.BulkChange;
import app.kith.person.PersonDraft;
import app.kith.person.Selection;
import app.kith.wiring.Kith;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest extends StoreTest {

    private List<AuditEvent> events(long account) {
        return kith.audit().page(account, null, Audit.MAX_PAGE).events();
    }

    private List<String> kinds(long account) {
        return events(account).stream().map(AuditEvent::kind).toList();
    }

    private long person(long account, String name) {
        return kith.people().add(account, PersonDraft.named(name), TODAY).id();
    }

    @Test
    void eventsAreReadNewestFirstAPageAtATime() {
        long owner = owner();
        for (int i = 1; i <= 5; i++) {
            kith.audit().record(owner, AuditKind.EXPORTED, "export " + i);
        }

        AuditPage first = kith.audit().page(owner, null, 2);
        AuditPage second = kith.audit().page(owner, first.older(), 2);
        AuditPage last = kith.audit().page(owner, second.older(), 2);

        assertThat(first.events()).extracting(AuditEvent::detail).containsExactly("export 5", "export 4");
        assertThat(second.events()).extracting(AuditEvent::detail).containsExactly("export 3", "export 2");
        assertThat(last.events()).extracting(AuditEvent::detail).containsExactly("export 1");
        assertThat(last.older()).isNull();
        assertThat(first.events().get(0).at()).isEqualTo(NOW);
        assertThatThrownBy(() -> kith.audit().page(owner, null, 0)).isInstanceOf(Invalid.class)
                .hasMessageContaining("limit");
    }

    @Test
    void anotherAccountNeverSeesTheOwnersEvents() {
        long owner = owner();
        long other = anotherAccount();
        long ada = person(owner, "Ada Lovelace");
        kith.people().delete(owner, ada);
        kith.accounts().newToken(owner, "laptop");
        AuditPage owners = kith.audit().page(owner, null, 50);

        assertThat(kinds(owner)).contains("delete", "token-created");
        assertThat(kinds(other)).doesNotContain("delete", "token-created");
        // Not even by paging from the owner's newest event.
        assertThat(kith.audit().page(other, owners.events().get(0).id() + 1, 50).events())
                .extracting(AuditEvent::kind).doesNotContain("delete", "token-created");
    }

    @Test
    void deletesAndRestoresAreCountedWithoutNamingAnyone() {
        long owner = owner();
        long ada = person(owner, "Ada Lovelace");
        long grace = person(owner, "Grace Hopper");
        long alan = person(owner, "Alan Turing");

        kith.people().delete(owner, ada);
        kith.people().restore(owner, ada);
        var bulk = kith.bulkEdits().apply(owner, new Selection.Ids(List.of(grace, alan)), new BulkChange.Delete(), TODAY);
        kith.bulkEdits().restore(owner, bulk.batch());

        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("restore", "restored 2 people deleted at once"),
                org.assertj.core.groups.Tuple.tuple("delete", "deleted 2 people at once"),
                org.assertj.core.groups.Tuple.tuple("restore", "restored 1 person"),
                org.assertj.core.groups.Tuple.tuple("delete", "deleted 1 person"));
        assertThat(events(owner)).allSatisfy(e -> assertThat(e.detail())
                .doesNotContain("Ada", "Grace", "Alan", "Lovelace", "Hopper", "Turing"));
    }

    @Test
    void anEventIsWrittenInTheTransactionOfItsAction() {
        long owner = owner();
        long ada = person(owner, "Ada Lovelace");

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(s -> {
            kith.people().delete(owner, ada);
            throw new IllegalStateException("the action fails after the delete");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(kith.people().get(owner, ada).name()).isEqualTo("Ada Lovelace");
        assertThat(kinds(owner)).isEmpty();
        assertThatThrownBy(() -> kith.people().delete(owner, 999_999)).isInstanceOf(NotFound.class);
        assertThat(kinds(owner)).isEmpty();
    }

    @Test
    void aMergeIsOneEventAndItsUndoAnother() {
        long owner = owner();
        long ada = person(owner, "Ada Lovelace");
        long copy = person(owner, "Ada Lovelace");

        kith.duplicates().merge(owner, ada, copy, TODAY);
        long mergeId = kith.duplicates().merges(owner).get(0).id();
        kith.duplicates().unmerge(owner, mergeId);

        assertThat(events(owner)).extracting(AuditEvent::kind).containsExactly("unmerge", "merge");
        assertThat(events(owner).get(1).detail()).isEqualTo("merged 2 people into 1");
    }

    @Test
    void importsAndExportsAreLoggedWithTheirKindAndCounts() throws Exception {
        long owner = owner();
        String file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ines,Duarte,https://www.linkedin.com/in/ines,,Nova,Professor,12 Mar 2024\n"
                + "Rui,Costa,https://www.linkedin.com/in/rui,,Nova,Lecturer,12 Mar 2024\n";
        kith.imports().apply(owner, ImportFormat.LINKEDIN, new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(null), TODAY, Imports.Progress.none());
        kith.exports().write(owner, ExportFormat.CSV, new StringWriter());

        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("export", "exported everyone as csv"),
                org.assertj.core.groups.Tuple.tuple("import",
                        "imported linkedin: 2 read, 2 created, 0 updated, 0 merged, 0 skipped"));
    }

    @Test
    void tokensAndPasswordsAreLoggedByTheirOwnNames() {
        long owner = owner();
        kith.accounts().create("owner@example.com", "owner's password");
        NewToken token = kith.accounts().newToken(owner, "backup script", TokenScope.READ, null);
        kith.accounts().revokeToken(owner, token.token().id());
        kith.accounts().changePassword(owner, "owner's password", "a new long password");
        long device = kith.appPasswords().create(owner, "phone").appPassword().id();
        kith.appPasswords().revoke(owner, device);

        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("app-password-revoked", "app password “phone”"),
                org.assertj.core.groups.Tuple.tuple("app-password-created", "app password “phone”"),
                org.assertj.core.groups.Tuple.tuple("password-changed", "password changed"),
                org.assertj.core.groups.Tuple.tuple("token-revoked", "token “backup script”"),
                org.assertj.core.groups.Tuple.tuple("token-created", "token “backup script” (read)"));
    }

    @Test
    void aNewCalendarLinkAndTurningItOffAreLogged() {
        long owner = owner();
        kith.calendarFeed().newLink(owner);
        kith.calendarFeed().turnOff(owner);
        kith.calendarFeed().turnOff(owner);

        assertThat(kinds(owner)).containsExactly("calendar-link-off", "calendar-link-made");
    }

    @Test
    void theUseOfATokenIsLoggedOnceAnHourHoweverOftenItIsUsed() {
        MovableClock clock = new MovableClock(NOW);
        Kith moving = Kith.wire(db, clock);
        long owner = owner();
        String secret = moving.accounts().newToken(owner, "script").secret();
        try (Audit.Scope from = Audit.from(Origin.of("203.0.113.9", "curl/8.5.0"))) {
            for (int minute = 0; minute < 50; minute += 2) {
                assertThat(moving.accounts().authenticate(secret)).isPresent();
                clock.advance(Duration.ofMinutes(2));
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(kinds(owner))
                    .filteredOn("token-used"::equals).hasSize(1));
            clock.set(NOW.plus(Duration.ofHours(1)));
            // When a token was used is written apart and best effort (a write that meets another
            // writer is dropped, and the token's next use tries again): use it until it is written.
            await().atMost(Duration.ofSeconds(20)).pollInSameThread().untilAsserted(() -> {
                moving.accounts().authenticate(secret);
                assertThat(events(owner)).filteredOn(e -> e.kind().equals("token-used")).hasSize(2);
            });
        }

        AuditEvent used = events(owner).get(0);
        assertThat(used.detail()).isEqualTo("token “script”");
        assertThat(used.ip()).isEqualTo("203.0.113.9");
        assertThat(used.agent()).isEqualTo("curl/8.5.0");
    }

    @Test
    void theUseOfAnAppPasswordIsLoggedOnceAnHour() {
        MovableClock clock = new MovableClock(NOW);
        Kith moving = Kith.wire(db, clock);
        long owner = owner();
        kith.accounts().create("owner@example.com", "owner's password");
        String password = moving.appPasswords().create(owner, "phone").password();

        for (int minute = 0; minute < 60; minute += 5) {
            assertThat(moving.appPasswords().authenticate("owner@example.com", password)).isPresent();
            clock.advance(Duration.ofMinutes(5));
        }
        moving.appPasswords().authenticate("owner@example.com", password);

        assertThat(kinds(owner)).filteredOn("app-password-used"::equals).hasSize(2);
    }

    @Test
    void eventsOlderThanAYearArePurgedForEveryAccount() {
        long owner = owner();
        long other = anotherAccount();
        MovableClock clock = new MovableClock(NOW.minus(Audit.KEPT_FOR).minus(Duration.ofDays(1)));
        Audit then = new Audit(sql(), clock);
        then.record(owner, AuditKind.EXPORTED, "old");
        then.record(other, AuditKind.EXPORTED, "old");
        kith.audit().record(owner, AuditKind.EXPORTED, "recent");

        assertThat(kith.audit().purge(NOW.minus(Audit.KEPT_FOR))).isEqualTo(2);

        assertThat(events(owner)).extracting(AuditEvent::detail).containsExactly("recent");
        assertThat(events(other)).extracting(AuditEvent::detail).doesNotContain("old");
    }
}
