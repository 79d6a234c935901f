package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Store;
import app.kith.account.Accounts;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** account create and token, from the command line. */
class AccountCommandsTest {

    private static final Pattern SECRET = Pattern.compile("kith_[A-Za-z0-9_-]{43}");

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void cli() {
        kith = new Cli(data);
    }

    @Test
    void theFirstAccountGivesTheOwnerItsSignInWithThePasswordFromStandardInput() {
        kith.run("add", "Ada Lovelace");

        Cli.Result created = kith.input("correct horse\ncorrect horse\n", "account", "create", "--email", "me@example.com");

        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(created.out()).contains("now signs in as me@example.com").contains("its data stays");
        assertThat(created.out() + created.err()).doesNotContain("correct horse");
        assertThat(kith.json("people", "--json").size()).isEqualTo(1);
        assertThat(kith.run("account").out()).contains("me@example.com");
    }

    @Test
    void aLaterAccountIsAddedAndSeesNothingOfTheOwners() {
        kith.run("add", "Ada Lovelace");
        kith.input("correct horse\n", "account", "create", "--email", "me@example.com");

        Cli.Result second = kith.input("battery staple\n", "account", "create", "--email", "you@example.com");

        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Created account you@example.com");
        assertThat(kith.json("people", "--json", "--account", "you@example.com").size()).isZero();
        assertThat(kith.run("add", "Bob", "--account", "you@example.com").code()).isZero();
        assertThat(kith.json("people", "--json").findValues("name")).hasSize(1);
        assertThat(kith.json("people", "--json", "--account", "YOU@example.com").findValues("name").get(0).asString())
                .isEqualTo("Bob");
        assertThat(kith.run("people", "--account", "nobody@example.com").code()).isNotZero();
    }

    @Test
    void aPasswordThatIsShortMissingOrNotRepeatedIsRefused() {
        Cli.Result differ = kith.input("correct horse\ncorrect house\n", "account", "create", "--email", "me@example.com");
        Cli.Result missing = kith.input("", "account", "create", "--email", "me@example.com");
        Cli.Result tooShort = kith.input("short\n", "account", "create", "--email", "me@example.com");
        Cli.Result badEmail = kith.input("correct horse\n", "account", "create", "--email", "me@");

        assertThat(differ.code()).isNotZero();
        assertThat(differ.err()).contains("differ");
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("no password");
        assertThat(tooShort.code()).isNotZero();
        assertThat(tooShort.err()).contains("password").contains("8");
        assertThat(badEmail.code()).isNotZero();
        assertThat(kith.run("account").out()).contains("no sign-in yet");
    }

    @Test
    void aLongMultibytePassphraseIsAcceptedAndOneOverTwoHundredCharactersRefusedInWords() {
        String passphrase = "Grüße aus Köln — 東京の夜は長い — ça va très bien 🌍🌏 Καλημέρα κόσμε"; // 102 bytes
        String tooLong = "é".repeat(201);

        Cli.Result created = kith.input(passphrase + "\n" + passphrase + "\n", "account", "create", "--email", "me@example.com");
        Cli.Result refused = kith.input(tooLong + "\n", "account", "create", "--email", "you@example.com");

        assertThat(created.code()).as(created.toString()).isZero();
        assertThat(signsIn("me@example.com", passphrase)).isTrue();
        assertThat(refused.code()).isEqualTo(Main.REFUSED);
        assertThat(refused.err()).isEqualTo("kith: password must be at most 200 characters, not 201" + System.lineSeparator());
    }

    @Test
    void accountPasswordSetsTheNewPasswordReadTwiceAndEndsTheRememberedDevices() {
        kith.input("correct horse\n", "account", "create", "--email", "me@example.com");
        kith.input("battery staple\n", "account", "create", "--email", "you@example.com");
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            Accounts accounts = Kith.wire(db, Clock.systemUTC()).accounts();
            accounts.rememberMe().issue(accounts.byEmail("me@example.com").id());
        }

        Cli.Result differ = kith.input("a new password\nanother password\n", "account", "password");
        Cli.Result changed = kith.input("a new password\na new password\n", "account", "password");
        Cli.Result other = kith.input("another new one\n", "account", "password", "--account", "you@example.com");

        assertThat(differ.code()).isEqualTo(Main.REFUSED);
        assertThat(differ.err()).contains("differ");
        assertThat(changed.code()).as(changed.toString()).isZero();
        assertThat(changed.out()).contains("The password of me@example.com is changed", "signed out");
        assertThat(changed.out() + changed.err()).doesNotContain("a new password");
        assertThat(signsIn("me@example.com", "a new password")).isTrue();
        assertThat(signsIn("me@example.com", "correct horse")).isFalse();
        assertThat(other.code()).isZero();
        assertThat(signsIn("you@example.com", "another new one")).isTrue();
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            Accounts accounts = Kith.wire(db, Clock.systemUTC()).accounts();
            assertThat(accounts.rememberMe().count(accounts.byEmail("me@example.com").id())).isZero();
        }
    }

    @Test
    void accountPasswordForAnOwnerWithoutSignInSaysHowToGiveItOne() {
        Cli.Result refused = kith.input("a new password\n", "account", "password");

        assertThat(refused.code()).isEqualTo(Main.REFUSED);
        assertThat(refused.err()).contains("no sign-in yet", "kith account create --email");
    }

    private boolean signsIn(String email, String password) {
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            return Kith.wire(db, Clock.systemUTC()).accounts().signIn(email, password).isPresent();
        }
    }

    @Test
    void aTokenIsPrintedOnceAndNeverListed() {
        Cli.Result made = kith.run("token", "new", "phone");

        assertThat(made.code()).isZero();
        Matcher m = SECRET.matcher(made.out());
        assertThat(m.find()).as(made.out()).isTrue();
        String secret = m.group();
        Cli.Result listed = kith.run("token", "list");
        assertThat(listed.out()).contains("phone").contains("never used").doesNotContain(secret)
                .doesNotContain(secret.substring(5, 20));

        String id = listed.out().substring(listed.out().indexOf('#') + 1).split("\\s+")[0];
        assertThat(kith.run("token", "revoke", id).code()).isZero();
        assertThat(kith.run("token", "list").out()).contains("No tokens");
        assertThat(kith.run("token", "revoke", id).code()).isNotZero();
    }
}
