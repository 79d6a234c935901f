package app.kith.web.signin;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.db.Database;
import app.kith.web.WebSession;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Web sessions are rows in the store (SQLite here, as for a single node): signing in gives the
 * browser a new session, so a session id planted before it signs nobody in; signing out deletes
 * the row.
 */
@ServerTest
class SessionsInTheStoreTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Database database;

    @Test
    void signingInChangesTheSessionIdSoOneKnownBeforeSignsNobodyIn() {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        accounts.create(email, WebSession.PASSWORD);
        WebSession browser = WebSession.anonymous(port);
        browser.get("/login");
        String before = browser.cookie("JSESSIONID");
        assertThat(before).as("the sign-in form's CSRF token is kept in a session").isNotNull();

        WebSession.Page signedIn = browser.post("/login", Map.of("username", email, "password", WebSession.PASSWORD));
        assertThat(signedIn.location()).endsWith("/today");
        String after = browser.cookie("JSESSIONID");
        assertThat(after).isNotEqualTo(before);
        assertThat(browser.get("/today").status()).isEqualTo(200);
        assertThat(WebSession.withCookie(port, "JSESSIONID", before).get("/today").location()).endsWith("/login");
        assertThat(sessionsOf(email)).as("one row, under the signed-in email").isEqualTo(1);

        browser.get("/today");
        browser.post("/logout", Map.of());
        assertThat(sessionsOf(email)).as("signing out deletes it").isZero();
        assertThat(WebSession.withCookie(port, "JSESSIONID", after).get("/today").location()).endsWith("/login");
    }

    private int sessionsOf(String email) {
        return JdbcClient.create(database.dataSource()).sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                .param(email).query(Integer.class).single();
    }

    @Test
    void aSessionWhoseSignInCannotBeReadBackAsksToSignInAgainInsteadOfFailing() {
        String email = "web-" + UUID.randomUUID() + "@example.com";
        long id = accounts.create(email, WebSession.PASSWORD).account().id();
        WebSession browser = WebSession.signIn(port, id, email, WebSession.PASSWORD, false);
        assertThat(browser.get("/today").status()).isEqualTo(200);

        // What an upgrade leaves when a class a session held was changed or removed: bytes that no
        // longer read back as an object.
        JdbcClient.create(database.dataSource()).sql("""
                        UPDATE spring_session_attributes SET attribute_bytes = ?
                        WHERE session_primary_id IN (SELECT primary_id FROM spring_session WHERE principal_name = ?)""")
                .param(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72, 0, 3, 'N', 'o', 'p'}).param(email).update();

        WebSession.Page today = browser.get("/today");
        assertThat(today.status()).isEqualTo(302);
        assertThat(today.location()).endsWith("/login");
    }
}
