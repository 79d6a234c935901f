package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.wiring.Kith;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InvitationsTest extends StoreTest {

    private long admin;

    @BeforeEach
    void setUp() {
        admin = kith.accounts().create("owner@example.com", "owner's password").account().id();
    }

    @Test
    void anInvitationMakesOneAccountThatStartsEmptyAndThenIsUsedUp() {
        NewInvitation made = kith.accounts().invitations().create(admin, 7);

        Account joined = kith.accounts().invitations().signUp(made.token(), "New@Example.com", "a long password");

        assertThat(joined.email()).isEqualTo("new@example.com");
        assertThat(joined.admin()).isFalse();
        assertThat(kith.people().count(joined.id())).isZero();
        assertThat(kith.accounts().signIn("new@example.com", "a long password")).isPresent();
        assertThat(kith.accounts().invitations().usable(made.token())).isFalse();
        assertThat(kith.accounts().invitations().pending()).isEmpty();
        assertThatThrownBy(() -> kith.accounts().invitations().signUp(made.token(), "second@example.com", "a long password"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("invitation"));
        assertThat(rows("account")).isEqualTo(2);
    }

    @Test
    void aTakenEmailLeavesTheInvitationUsableAndSaysNothingOfTheAccount() {
        NewInvitation made = kith.accounts().invitations().create(admin, 7);

        assertThatThrownBy(() -> kith.accounts().invitations().signUp(made.token(), "owner@example.com", "a long password"))
                .isInstanceOf(Conflict.class).hasMessage(Accounts.TAKEN);
        assertThat(kith.accounts().invitations().usable(made.token())).isTrue();
    }

    @Test
    void anExpiredOrRevokedInvitationMakesNothing() {
        NewInvitation expiring = kith.accounts().invitations().create(admin, 1);
        NewInvitation revoked = kith.accounts().invitations().create(admin, 7);
        kith.accounts().invitations().revoke(kith.accounts().owner().id(), revoked.invitation().id());
        Kith later = Kith.wire(db, Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));

        assertThat(later.accounts().invitations().usable(expiring.token())).isFalse();
        assertThatThrownBy(() -> later.accounts().invitations().signUp(expiring.token(), "late@example.com", "a long password"))
                .isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> kith.accounts().invitations().signUp(revoked.token(), "gone@example.com", "a long password"))
                .isInstanceOf(Invalid.class);
        assertThat(rows("account")).isEqualTo(1);
    }

    @Test
    void onlyAnAdminInvitesAndForOneToNinetyDays() {
        long other = kith.accounts().create("other@example.com", "other's password").account().id();

        assertThatThrownBy(() -> kith.accounts().invitations().create(other, 7)).isInstanceOf(Invalid.class);
        assertThatThrownBy(() -> kith.accounts().invitations().create(admin, 0))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("days"));
        assertThatThrownBy(() -> kith.accounts().invitations().create(admin, 91)).isInstanceOf(Invalid.class);
        assertThat(rows("invitation")).isZero();
    }

    @Test
    void openSignUpMakesAnAccountBesideTheOwnerNeverTheOwnersSignIn() {
        Account joined = kith.accounts().signUp("someone@example.com", "a long password");

        assertThat(joined.owner()).isFalse();
        assertThat(kith.accounts().signIn("someone@example.com", "a long password")).isPresent();
        assertThat(kith.accounts().owner().email()).isEqualTo("owner@example.com");
    }
}
