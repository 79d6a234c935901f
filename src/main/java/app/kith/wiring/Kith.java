package app.kith.wiring;

import app.kith.Events;
import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.account.FirstRun;
import app.kith.ask.Asks;
import app.kith.audit.Audit;
import app.kith.circle.Circles;
import app.kith.dav.AddressBook;
import app.kith.db.Bin;
import app.kith.db.Database;
import app.kith.dupes.Duplicates;
import app.kith.feed.CalendarFeed;
import app.kith.insight.Insights;
import app.kith.intro.Introductions;
import app.kith.io.Exports;
import app.kith.io.ImportScratch;
import app.kith.io.Imports;
import app.kith.message.Messages;
import app.kith.person.BulkEdits;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Photos;
import app.kith.person.ProfileChanges;
import app.kith.planner.Planner;
import app.kith.reciprocity.Reciprocity;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.search.Who;
import app.kith.touchpoint.Touchpoints;
import app.kith.trash.Trash;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Kith's features wired together: one place, used by both the CLI (which must start in a blink,
 * so it never boots the web context) and the server.
 */
public record Kith(Accounts accounts, Circles circles, People people, Clocks clocks, Identities identities,
                   Touchpoints touchpoints, Planner planner,
                   Asks asks, Introductions introductions,
                   Reciprocity reciprocity, Messages messages, Imports imports, Exports exports,
                   Duplicates duplicates, Photos photos, ProfileChanges profileChanges, BulkEdits bulkEdits,
                   Who who, FirstRun firstRun, Insights insights, CalendarFeed calendarFeed, Reminders reminders,
                   KeyDates keyDates, AppPasswords appPasswords, AddressBook addressBook, Trash trash, Audit audit, Clock clock) {

    public static Kith wire(Database db, Clock clock) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        JdbcClient client = JdbcClient.create(jdbc);
        TransactionOperations tx = db.transactions();
        Events events = new Events();
        Audit audit = new Audit(client, clock);
        Bin bin = new Bin(client, new TrashAudit(audit));
        Accounts accounts = new Accounts(client, tx, clock, audit, db.writesApart());
        Circles circles = new Circles(client, bin, tx, events, clock);
        Touchpoints touchpoints = new Touchpoints(jdbc, bin, tx, events, clock);
        Clocks clocks = new Clocks(jdbc, tx, events, circles, touchpoints);
        Who who = new Who(client, tx, db.dialect(), clock);
        People people = new People(jdbc, tx, clock, circles, touchpoints, clocks, who, audit);
        Identities identities = new Identities(jdbc, circles);
        Photos photos = new Photos(client, clock);
        Asks asks = new Asks(client, bin, tx, clock, people, touchpoints);
        Introductions introductions = new Introductions(client, bin, tx, clock, people, touchpoints);
        Reciprocity reciprocity = new Reciprocity(people, clocks, touchpoints);
        Messages messages = new Messages(client, bin, tx, clock);
        ProfileChanges profileChanges = new ProfileChanges(client);
        Reminders reminders = new Reminders(client, tx, clock, people, touchpoints);
        KeyDates keyDates = new KeyDates(client, tx, clock, people, touchpoints);
        Planner planner = new Planner(clocks, profileChanges, touchpoints, List.of(asks.followUps(),
                introductions.followUps(), reciprocity.followUps()), List.of(reminders.items(), keyDates.items()));
        return new Kith(accounts, circles, people, clocks, identities, touchpoints, planner, asks, introductions,
                reciprocity, messages, new Imports(client, people, identities, clocks, photos, circles, tx, accounts,
                        touchpoints, asks, introductions, messages, profileChanges, reminders, keyDates, () -> scratch(clock),
                        who, clock, audit),
                new Exports(people, photos, accounts, circles, touchpoints, asks, introductions, messages, profileChanges,
                        reminders, keyDates, clock, audit),
                new Duplicates(client, tx, clock, people, identities, clocks, photos, touchpoints, asks,
                        introductions, reminders, keyDates, audit), photos, profileChanges,
                new BulkEdits(jdbc, tx, clock, clocks, circles, who, audit), who,
                new FirstRun(client, clock), new Insights(client, planner, asks, introductions, messages, who),
                new CalendarFeed(client, accounts, planner, clock, audit), reminders, keyDates,
                new AppPasswords(client, clock, tx, audit), new AddressBook(client, tx, people, accounts, clock),
                new Trash(bin, tx, clock, people, circles, touchpoints, asks, introductions, messages, audit), audit,
                clock);
    }

    /** A new store of its own, in a temporary folder that closing it removes, for an import to be tried on. */
    private static ImportScratch scratch(Clock clock) {
        Database scratch = Database.scratch();
        try {
            Kith kith = wire(scratch, clock);
            return new ImportScratch(kith.imports(), kith.accounts().owner().id(), scratch::close);
        } catch (RuntimeException e) {
            scratch.close();
            throw e;
        }
    }
}
