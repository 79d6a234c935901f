package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Store;
import app.kith.account.AuthenticatorApp;
import app.kith.account.TwoFactor;
import app.kith.account.TwoFactorSetup;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import app.kith.wiring.TwoFactorWiring;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith account two-factor: an operator sees it and turns it off for someone locked out; other accounts keep theirs. */
class TwoFactorCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void accounts() {
        kith = new Cli(data);
        kith.input("correct horse\n", "account", "create", "--email", "me@example.com");
        kith.input("battery staple\n", "account", "create", "--email", "you@example.com");
    }

    @Test
    void anOperatorTurnsOffTheTwoFactorOfOneAccountAndNoOther() {
        turnOn("me@example.com");
        turnOn("you@example.com");
        assertThat(kith.run("account", "two-factor", "status", "--account", "you@example.com").out())
                .contains("you@example.com: two-factor sign-in is on since", "10 recovery codes left.");

        Cli.Result off = kith.run("account", "two-factor", "off", "--account", "you@example.com");

        assertThat(off.code()).as(off.toString()).isZero();
        assertThat(off.out()).contains("Two-factor sign-in of you@example.com is off: the password signs in alone.");
        assertThat(kith.run("account", "two-factor", "status", "--account", "you@example.com").out())
                .contains("two-factor sign-in is off.");
        assertThat(kith.run("account", "two-factor", "status").out()).as("the owner's stays on").contains("is on since");
        assertThat(kith.run("account", "two-factor", "off", "--account", "you@example.com").out()).contains("was already off");
    }

    private void turnOn(String email) {
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            Kith k = Kith.wire(db, Clock.systemUTC());
            TwoFactor twoFactor = TwoFactorWiring.twoFactor(db, Store.sqliteIn(data), Clock.systemUTC());
            long id = k.accounts().byEmail(email).id();
            TwoFactorSetup setup = twoFactor.begin(id);
            twoFactor.confirm(id, new AuthenticatorApp(setup.secret()).codeAt(Instant.now()));
        }
    }
}
