package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.kith.Conflict;
import app.kith.StoreTest;
import app.kith.audit.Audit;
import app.kith.audit.AuditEvent;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an admin does to accounts is in the acting admin's audit log; the account changed is told nothing. */
class AdminAuditTest extends StoreTest {

    private long owner;
    private long other;

    @BeforeEach
    void twoAccounts() {
        owner = kith.accounts().create("owner@example.com", "owner's password").account().id();
        other = kith.accounts().create("other@example.com", "other's password").account().id();
    }

    private List<AuditEvent> events(long account) {
        return kith.audit().page(account, null, Audit.MAX_PAGE).events();
    }

    private AccountAdmin admin() {
        return kith.accounts().admin();
    }

    @Test
    void disableEnableAndDeleteAreWrittenToTheActingAdminsLog() {
        long third = kith.accounts().create("third@example.com", "third's password").account().id();

        admin().disable(owner, "Other@Example.com");
        admin().disable(owner, "other@example.com");
        admin().enable(owner, "other@example.com");
        admin().enable(owner, "other@example.com");
        admin().delete(owner, "third@example.com");

        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple("account-deleted", "deleted the account third@example.com and everything in it"),
                tuple("account-enabled", "enabled the account other@example.com"),
                tuple("account-disabled", "disabled the account other@example.com"));
        assertThat(events(other)).as("what was done to it is not in its own log").isEmpty();
        assertThat(sql().sql("SELECT count(*) FROM audit_event WHERE account_id = :id").param("id", third)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSecondAdminCanBeMadeAndUnmadeAndBothAreWritten() {
        Account made = admin().grant(owner, "other@example.com");
        admin().grant(owner, "other@example.com");

        assertThat(made.admin()).isTrue();
        assertThat(kith.accounts().byId(other).admin()).isTrue();
        assertThat(admin().list()).filteredOn(AccountSummary::admin).extracting(AccountSummary::email)
                .containsExactly("owner@example.com", "other@example.com");

        Account unmade = admin().revoke(owner, "other@example.com");
        admin().revoke(owner, "other@example.com");

        assertThat(unmade.admin()).isFalse();
        assertThat(kith.accounts().byId(other).admin()).isFalse();
        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple("admin-revoked", "other@example.com is no longer an admin"),
                tuple("admin-granted", "made other@example.com an admin"));
        assertThat(events(other)).isEmpty();
    }

    @Test
    void theOwnerStaysAnAdmin() {
        admin().grant(owner, "other@example.com");

        assertThatThrownBy(() -> admin().revoke(other, "owner@example.com"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("email"))
                .hasMessageContaining("owner");
        assertThat(kith.accounts().byId(owner).admin()).isTrue();
        assertThat(events(other)).extracting(AuditEvent::kind).doesNotContain("admin-revoked");
    }

    @Test
    void theLastAdminWhoCanSignInStaysAnAdmin() {
        admin().grant(owner, "other@example.com");
        admin().disable(other, "owner@example.com");

        assertThatThrownBy(() -> admin().revoke(other, "other@example.com"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("email"))
                .hasMessageContaining("last admin");
        assertThat(kith.accounts().byId(other).admin()).isTrue();
        assertThat(events(other)).extracting(AuditEvent::kind).containsExactly("account-disabled");
    }

    @Test
    void aSecondAdminMayDeleteItsOwnAccountAndNothingIsLeftOfIt() {
        admin().grant(owner, "other@example.com");

        admin().delete(other, "other@example.com");

        assertThat(sql().sql("SELECT count(*) FROM audit_event WHERE account_id = :id").param("id", other)
                .query(Integer.class).single()).isZero();
        assertThat(admin().list()).extracting(AccountSummary::email).containsExactly("owner@example.com");
    }

    @Test
    void invitationsMadeAndRevokedAreWrittenByIdWithoutTheirLink() {
        NewInvitation made = kith.accounts().invitations().create(owner, 7);
        kith.accounts().invitations().revoke(owner, made.invitation().id());

        long id = made.invitation().id();
        assertThat(events(owner)).extracting(AuditEvent::kind, AuditEvent::detail).containsExactly(
                tuple("invitation-revoked", "invitation " + id),
                tuple("invitation-made", "invitation " + id + ", for 7 days"));
        assertThat(events(owner)).allSatisfy(e -> assertThat(e.detail()).doesNotContain(made.token()));
    }

    @Test
    void aRefusedInvitationWritesNothing() {
        assertThatThrownBy(() -> kith.accounts().invitations().create(other, 7)).isInstanceOf(app.kith.Invalid.class);

        assertThat(events(other)).isEmpty();
        assertThat(rows("invitation")).isZero();
    }
}
