package app.kith.wiring;

import app.kith.SecretKey;
import app.kith.agenda.Calendars;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The calendar subscriptions, wired alike for the CLI and the server: beside the store they need
 * the data folder, where the key that seals their secrets lives, and whether a calendar may be
 * fetched from a private address ({@link #privateAddresses}).
 */
public final class CalendarWiring {

    /** The setting, as a property of the server or (as Spring reads it too) an environment variable. */
    public static final String ALLOW_PRIVATE = "kith.calendars.allow-private-addresses";
    static final String ALLOW_PRIVATE_ENV = "KITH_CALENDARS_ALLOW_PRIVATE_ADDRESSES";

    private CalendarWiring() {
    }

    /** For the CLI: the environment's setting, else private addresses only while the store has one account. */
    public static Calendars calendars(Kith kith, Database database, DbSettings settings) {
        return calendars(kith, database, settings, privateAddresses(System.getenv(ALLOW_PRIVATE_ENV), null, kith));
    }

    public static Calendars calendars(Kith kith, Database database, DbSettings settings, BooleanSupplier privateAllowed) {
        return new Calendars(JdbcClient.create(database.dataSource()), database.transactions(), kith.clock(),
                kith.accounts(), kith.identities(), kith.touchpoints(), kith.clocks(),
                SecretKey.of(settings.folder().path(), System.getenv()), privateAllowed);
    }

    /**
     * Whether calendars may come from private, loopback or link-local addresses: {@code true} or
     * {@code false} as configured; unset, only while the store holds one account and the server (if
     * {@code bind} is given, the address it listens on) is reachable from this machine alone. A
     * personal Kith on a laptop reads a calendar server on the home network; a hosted one, where a
     * member could aim the server at its own network, does not.
     */
    public static BooleanSupplier privateAddresses(String configured, String bind, Kith kith) {
        if (configured != null && !configured.isBlank()) {
            boolean allowed = Boolean.parseBoolean(configured.strip().toLowerCase(Locale.ROOT));
            return () -> allowed;
        }
        boolean local = bind == null || loopback(bind);
        return () -> local && kith.accounts().count() <= 1;
    }

    private static boolean loopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
