package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class AdminApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anAdminsTokenListsTheAccountsAndAnyOtherTokenFindsNothingThere() {
        Api member = Api.signUp(port, accounts);
        Api member2 = Api.signUp(port, accounts);
        Api admin = Api.anonymous(port).withToken(accounts.newToken(accounts.owner().id(), "admin script").secret());

        Api.Reply listed = admin.get("/api/v1/admin/accounts");
        Api.Reply refused = (accounts.byId(member2.accountId()).admin() ? member : member2).get("/api/v1/admin/accounts");

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().valueStream().map(a -> a.get("id").asLong()).toList())
                .contains(member.accountId(), member2.accountId());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).doesNotContain("@example.com");
    }
}
