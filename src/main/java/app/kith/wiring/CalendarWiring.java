package app.kith.wiring;

import app.kith.SecretKey;
import app.kith.agenda.Calendars;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar subscriptions, wired alike for the CLI and the server: beside the store they need
 * the data folder, where the key that seals their secrets lives.
 */
public final class CalendarWiring {

    private CalendarWiring() {
    }

    public static Calendars calendars(Kith kith, Database database, DbSettings settings) {
        return new Calendars(JdbcClient.create(database.dataSource()), database.transactions(), kith.clock(),
                kith.accounts(), kith.identities(), kith.touchpoints(), kith.clocks(),
                SecretKey.of(settings.folder().path(), System.getenv()));
    }
}
