package app.kith.cli;

import app.kith.wiring.Kith;
import app.kith.wiring.TwoFactorWiring;
import app.kith.account.Account;
import app.kith.account.TwoFactor;
import app.kith.db.DataFolder;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.mail.Mailboxes;
import app.kith.SecretKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import java.io.InputStream;
import java.time.Clock;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * What every command shares: where the data is and whose it is. The options are inherited, so
 * {@code --data DIR} and {@code --account EMAIL} work anywhere on the line. The store opens on
 * first use, so {@code --help} never touches it.
 */
final class Session implements AutoCloseable {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $KITH_HOME, else $XDG_DATA_HOME/kith, else ~/.local/share/kith).")
    String data;

    @Option(names = "--account", paramLabel = "EMAIL", scope = ScopeType.INHERIT,
            description = "Act as this account (default: the owner).")
    String account;

    /** Set by {@link Main}: the real clock and standard input, or a test's. */
    Clock clock = Clock.systemDefaultZone();
    InputStream in = System.in;

    private Database db;
    private Kith kith;
    private Account resolved;

    DbSettings settings() {
        return DbSettings.from(DataFolder.resolve(data, System.getenv()), System.getenv());
    }

    Kith kith() {
        if (kith == null) {
            db = Database.forCommand(settings());
            kith = Kith.wire(db, clock);
            takeBackUnfinishedImports();
        }
        return kith;
    }

    /**
     * An import killed part-way (Ctrl-C, a crash) left chunks behind: they go before any command
     * reads or writes, so no command ever shows half an import. Best effort: if the store is busy,
     * the next command, or the server, does it.
     */
    private void takeBackUnfinishedImports() {
        try {
            kith.imports().recover();
        } catch (RuntimeException e) {
            if (!Database.busy(e)) {
                throw e;
            }
        }
    }

    /** The calendars subscribed to: wired beside the store, with the data folder that holds their key. */
    app.kith.agenda.Calendars calendars() {
        return app.kith.wiring.CalendarWiring.calendars(kith(), db(), settings());
    }

    /** The mailbox feature, with the secret key of this data folder (or KITH_SECRET_KEY). */
    Mailboxes mailboxes() {
        Kith k = kith();
        return new Mailboxes(JdbcClient.create(db.dataSource()), db.transactions(), k.clock(), k.accounts(),
                k.identities(), k.people(), k.touchpoints(), k.clocks(),
                SecretKey.of(settings().folder().path(), System.getenv()));
    }

    /** Two-factor sign-in, with the secret key of this data folder (or KITH_SECRET_KEY). */
    TwoFactor twoFactor() {
        return TwoFactorWiring.twoFactor(db(), settings(), kith().clock());
    }

    Database db() {
        kith();
        return db;
    }

    Account account() {
        if (resolved == null) {
            resolved = account == null ? kith().accounts().owner() : kith().accounts().byEmail(account);
        }
        return resolved;
    }

    /** The account again, after a command changed its settings. */
    Account freshAccount() {
        resolved = null;
        return account();
    }

    long accountId() {
        return account().id();
    }

    @Override
    public void close() {
        if (db != null) {
            db.close();
        }
    }
}
