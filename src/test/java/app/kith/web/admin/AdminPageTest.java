package app.kith.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.web.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Making a second admin from the admin page, and what the page refuses, without a browser. */
@ServerTest
class AdminPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    WebSession admin;
    WebSession member;
    String memberEmail;

    @BeforeEach
    void anAdminAndAMember() {
        admin = WebSession.signUp(port, accounts);
        accounts.admin().grant(accounts.owner().id(), accounts.byId(admin.accountId()).email());
        member = WebSession.signUp(port, accounts);
        memberEmail = accounts.byId(member.accountId()).email();
    }

    @Test
    void anAdminMakesASecondAdminAndRemovesItAgain() {
        assertThat(admin.get("/admin").body()).contains("aria-label=\"Make " + memberEmail + " an admin\"");
        assertThat(member.get("/admin").status()).isEqualTo(404);

        WebSession.Page made = admin.post("/admin/grant", Map.of("email", memberEmail));

        assertThat(made.location()).endsWith("/admin");
        assertThat(admin.get("/admin").body()).contains(memberEmail + " is an admin: it sees this page",
                "Remove admin from " + memberEmail);
        assertThat(member.get("/admin").status()).as("at once, in the session it had").isEqualTo(200);

        assertThat(admin.get("/admin/revoke?email=" + memberEmail).body()).contains("Remove " + memberEmail + " as an admin?");
        assertThat(accounts.byId(member.accountId()).admin()).as("asking is not removing").isTrue();
        assertThat(member.get("/admin/revoke?email=" + memberEmail).status()).as("an admin now, it may ask").isEqualTo(200);
        assertThat(admin.post("/admin/revoke", Map.of("email", memberEmail)).location()).endsWith("/admin");

        assertThat(admin.get("/admin").body()).contains(memberEmail + " is no longer an admin.");
        assertThat(member.get("/admin").status()).isEqualTo(404);
        assertThat(member.get("/admin/revoke?email=" + memberEmail).status()).isEqualTo(404);
        assertThat(admin.get("/settings/activity").body()).contains(">Admin removed</td>", ">Admin made</td>",
                memberEmail + " is no longer an admin", "made " + memberEmail + " an admin");
        assertThat(member.get("/settings/activity").body()).doesNotContain("Admin made", "Admin removed");
    }

    @Test
    void aMemberCannotMakeItselfAnAdmin() {
        member.get("/settings");

        assertThat(member.post("/admin/grant", Map.of("email", memberEmail)).status()).isEqualTo(404);

        assertThat(accounts.byId(member.accountId()).admin()).isFalse();
    }

    @Test
    void withoutTheFormsTokenNothingChanges() {
        admin.get("/admin");

        assertThat(admin.postExactly("/admin/grant", Map.of("email", memberEmail)).status()).isEqualTo(403);
        assertThat(admin.postExactly("/admin/revoke", Map.of("email", accounts.byId(admin.accountId()).email())).status())
                .isEqualTo(403);

        assertThat(accounts.byId(member.accountId()).admin()).isFalse();
        assertThat(accounts.byId(admin.accountId()).admin()).isTrue();
    }

    @Test
    void whatCannotBeDoneIsSaidOnThePage() {
        admin.post("/admin/grant", Map.of("email", "nobody-here@example.com"));

        assertThat(admin.get("/admin").body()).contains("No account with email nobody-here@example.com");
    }
}
