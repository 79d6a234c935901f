package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Store;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith app-password: a device's password for contact sync, from the command line. */
class AppPasswordCommandTest {

    private static final Pattern PASSWORD = Pattern.compile("Password:\\s+([a-z0-9]{4}(-[a-z0-9]{4}){5})");

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void cli() {
        kith = new Cli(data);
    }

    @Test
    void aDevicesPasswordIsPrintedOnceWithTheServerAndUserNameAndSignsInThatDevice() {
        kith.input("correct horse\ncorrect horse\n", "account", "create", "--email", "me@example.com");

        Cli.Result made = kith.run("app-password", "new", "Anna's iPhone", "--url", "https://kith.example.org/");

        assertThat(made.code()).as(made.toString()).isZero();
        assertThat(made.out()).contains("Server:    https://kith.example.org/dav/", "User name: me@example.com");
        Matcher m = PASSWORD.matcher(made.out());
        assertThat(m.find()).as(made.out()).isTrue();
        assertThat(signsIn("me@example.com", m.group(1))).isTrue();
        assertThat(signsIn("me@example.com", "correct horse")).as("never the account's password").isFalse();

        Cli.Result listed = kith.run("app-password", "list");
        assertThat(listed.out()).contains("Anna's iPhone").doesNotContain(m.group(1));
        String id = listed.out().substring(listed.out().indexOf('#') + 1).split("\\s+")[0];
        assertThat(kith.run("app-password", "revoke", id).code()).isZero();
        assertThat(signsIn("me@example.com", m.group(1))).isFalse();
        assertThat(kith.run("app-password", "list").out()).contains("No app passwords");
        assertThat(kith.run("app-password", "revoke", id).code()).isNotZero();
    }

    @Test
    void anAccountWithoutAnEmailHasNoUserNameToGiveAndIsToldSo() {
        Cli.Result refused = kith.run("app-password", "new", "laptop");
        assertThat(refused.code()).isEqualTo(Main.REFUSED);
        assertThat(refused.err()).contains("no email yet");
    }

    private boolean signsIn(String email, String password) {
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            return Kith.wire(db, Clock.systemUTC()).appPasswords().authenticate(email, password).isPresent();
        }
    }
}
