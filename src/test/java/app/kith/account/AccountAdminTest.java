package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountAdminTest extends StoreTest {

    @Test
    void theOwnerIsTheFirstAdminAndOtherAccountsAreNot() {
        kith.accounts().create("owner@example.com", "owner's password");
        long other = kith.accounts().create("other@example.com", "other's password").account().id();

        assertThat(kith.accounts().owner().admin()).isTrue();
        assertThat(kith.accounts().byId(other).admin()).isFalse();
    }

    @Test
    void theListShowsEveryAccountWithItsPeopleAndLastSignIn() {
        kith.accounts().create("owner@example.com", "owner's password");
        long other = kith.accounts().create("other@example.com", "other's password").account().id();
        kith.people().add(other, PersonDraft.named("Ada Lovelace"), TODAY);
        kith.accounts().signIn("other@example.com", "other's password");

        List<AccountSummary> list = kith.accounts().admin().list();

        assertThat(list).extracting(AccountSummary::email).containsExactly("owner@example.com", "other@example.com");
        assertThat(list.get(1).people()).isEqualTo(1);
        assertThat(list.get(1).lastSignInAt()).isEqualTo(NOW);
        assertThat(list.get(0).lastSignInAt()).isNull();
        assertThat(list.get(0).admin()).isTrue();
    }

    @Test
    void aDisabledAccountSignsInNowhereUntilItIsEnabledAndItsOldSessionsStayEnded() {
        kith.accounts().create("owner@example.com", "owner's password");
        long other = kith.accounts().create("other@example.com", "other's password").account().id();
        SignIn before = kith.accounts().signInOf(other).orElseThrow();
        String token = kith.accounts().newToken(other, "script").secret();
        String appPassword = kith.appPasswords().create(other, "phone").password();
        String feed = kith.calendarFeed().newLink(other).token();
        kith.accounts().rememberMe().issue(other);

        kith.accounts().admin().disable(kith.accounts().owner().id(), "other@example.com");

        assertThat(kith.accounts().signIn("other@example.com", "other's password")).isEmpty();
        assertThat(kith.accounts().signInOf(other)).isEmpty();
        assertThat(kith.accounts().authenticate(token)).isEmpty();
        assertThat(kith.appPasswords().authenticate("other@example.com", appPassword)).isEmpty();
        assertThat(kith.calendarFeed().feed(feed, "http://localhost")).isEmpty();
        assertThat(kith.accounts().rememberMe().count(other)).isZero();

        kith.accounts().admin().enable(kith.accounts().owner().id(), "other@example.com");

        assertThat(kith.accounts().signIn("other@example.com", "other's password")).isPresent();
        assertThat(kith.accounts().authenticate(token)).isPresent();
        assertThat(kith.accounts().signInOf(other).orElseThrow().version()).isGreaterThan(before.version());
    }

    @Test
    void theLastAdminWhoCanSignInCannotBeDisabled() {
        kith.accounts().create("owner@example.com", "owner's password");

        assertThatThrownBy(() -> kith.accounts().admin().disable(kith.accounts().owner().id(), "owner@example.com")).isInstanceOf(Conflict.class)
                .hasMessageContaining("last admin");
        assertThat(kith.accounts().signIn("owner@example.com", "owner's password")).isPresent();
    }

    @Test
    void deletingAnAccountLeavesTheOthersAndCanSignInNoMore() {
        kith.accounts().create("owner@example.com", "owner's password");
        long other = kith.accounts().create("other@example.com", "other's password").account().id();
        kith.people().add(owner(), PersonDraft.named("Kept Person"), TODAY);

        kith.accounts().admin().delete(kith.accounts().owner().id(), "Other@Example.com");

        assertThat(kith.accounts().signIn("other@example.com", "other's password")).isEmpty();
        assertThatThrownBy(() -> kith.accounts().byId(other)).isInstanceOf(NotFound.class);
        assertThat(kith.people().count(owner())).isEqualTo(1);
        assertThatThrownBy(() -> kith.accounts().admin().delete(kith.accounts().owner().id(), "nobody@example.com")).isInstanceOf(NotFound.class);
    }
}
