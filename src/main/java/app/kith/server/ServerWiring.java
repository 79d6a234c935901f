package app.kith.server;

import app.kith.KithApplication;
import app.kith.offline.SentOnce;
import app.kith.trash.Trash;
import app.kith.wiring.Kith;
import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.dav.AddressBook;
import app.kith.account.FirstRun;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.feed.CalendarFeed;
import app.kith.insight.Insights;
import app.kith.intro.Introductions;
import app.kith.io.Exports;
import app.kith.io.Imports;
import app.kith.person.BulkEdits;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Photos;
import app.kith.person.ProfileChanges;
import app.kith.dupes.Duplicates;
import app.kith.planner.Planner;
import app.kith.message.Messages;
import app.kith.reciprocity.Reciprocity;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.search.Who;
import app.kith.touchpoint.Touchpoints;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's store and features, wired by {@link Kith#wire} like the CLI's, so both run the
 * same code on the same data. The {@link DbSettings} come from {@code kith serve} (the data folder
 * or {@code KITH_DB_URL}).
 */
@Configuration(proxyBeanMethods = false)
class ServerWiring {

    @Bean(destroyMethod = "close")
    Database database(DbSettings settings, @Value("${kith.db.pool-size:8}") int poolSize,
                      @Value("${kith.db.lock-wait:10s}") Duration lockWait) {
        return Database.forServer(settings, poolSize, lockWait);
    }

    /** Exposed so the health endpoint checks the store too; closing it stays the database's job. */
    @Bean(destroyMethod = "")
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    @Bean
    Kith kith(Database database, ObjectProvider<KithApplication.StartClock> clock) {
        KithApplication.StartClock given = clock.getIfAvailable();
        return Kith.wire(database, given == null ? Clock.systemDefaultZone() : given.clock());
    }

    @Bean
    Clock clock(Kith kith) {
        return kith.clock();
    }

    @Bean
    Accounts accounts(Kith kith) {
        return kith.accounts();
    }

    @Bean
    AppPasswords appPasswords(Kith kith) {
        return kith.appPasswords();
    }

    @Bean
    AddressBook addressBook(Kith kith) {
        return kith.addressBook();
    }

    @Bean
    Trash trash(Kith kith) {
        return kith.trash();
    }

    @Bean
    Circles circles(Kith kith) {
        return kith.circles();
    }

    @Bean
    People people(Kith kith) {
        return kith.people();
    }

    @Bean
    Clocks clocks(Kith kith) {
        return kith.clocks();
    }

    @Bean
    Identities identities(Kith kith) {
        return kith.identities();
    }

    @Bean
    Photos photos(Kith kith) {
        return kith.photos();
    }

    @Bean
    BulkEdits bulkEdits(Kith kith) {
        return kith.bulkEdits();
    }

    @Bean
    FirstRun firstRun(Kith kith) {
        return kith.firstRun();
    }

    @Bean
    ProfileChanges profileChanges(Kith kith) {
        return kith.profileChanges();
    }

    @Bean
    Duplicates duplicates(Kith kith) {
        return kith.duplicates();
    }

    @Bean
    Touchpoints touchpoints(Kith kith) {
        return kith.touchpoints();
    }

    @Bean
    Planner planner(Kith kith) {
        return kith.planner();
    }

    @Bean
    Asks asks(Kith kith) {
        return kith.asks();
    }

    @Bean
    Who who(Kith kith) {
        return kith.who();
    }

    @Bean
    Introductions introductions(Kith kith) {
        return kith.introductions();
    }

    @Bean
    Insights insights(Kith kith) {
        return kith.insights();
    }

    @Bean
    Reminders reminders(Kith kith) {
        return kith.reminders();
    }

    @Bean
    KeyDates keyDates(Kith kith) {
        return kith.keyDates();
    }

    @Bean
    CalendarFeed calendarFeed(Kith kith) {
        return kith.calendarFeed();
    }

    @Bean
    Reciprocity reciprocity(Kith kith) {
        return kith.reciprocity();
    }

    @Bean
    Messages messages(Kith kith) {
        return kith.messages();
    }

    @Bean
    Imports imports(Kith kith) {
        return kith.imports();
    }

    @Bean
    Exports exports(Kith kith) {
        return kith.exports();
    }

    /** Only the web app and the API send changes once (from a phone's queue); the CLI has no need. */
    @Bean
    SentOnce sentOnce(Database database, Clock clock) {
        return new SentOnce(JdbcClient.create(database.dataSource()), database.transactions(), clock);
    }
}
