package app.kith.wiring;

import app.kith.SecretKey;
import app.kith.account.TwoFactor;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in, wired alike for the CLI and the server: beside the store it needs the data
 * folder, where the key that seals its secrets lives.
 */
public final class TwoFactorWiring {

    private TwoFactorWiring() {
    }

    public static TwoFactor twoFactor(Database database, DbSettings settings, Clock clock) {
        return new TwoFactor(JdbcClient.create(database.dataSource()), database.transactions(), clock,
                SecretKey.of(settings.folder().path(), System.getenv()));
    }
}
