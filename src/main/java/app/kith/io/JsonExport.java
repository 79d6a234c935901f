package app.kith.io;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.intro.IntroQuery;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.message.Template;
import app.kith.person.Person;
import app.kith.person.ProfileChanges;
import app.kith.reminder.KeyDates;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.Touchpoints;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything of an account as one JSON document, versioned ({@code "format": "kith-export",
 * "version": 1}): its settings, circles, people, what imports changed about them
 * ({@code profileChanges}), touchpoints, asks and introductions with their histories, reminders
 * (dealt with or not) and key dates, and its own message starters. Written as it is read: people and touchpoints a page
 * at a time, so an export of a large network never sits in memory whole.
 */
final class JsonExport {

    static final int VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Parts(Accounts accounts, Circles circles, Touchpoints touchpoints, Asks asks, Introductions introductions,
                 Messages messages, ProfileChanges profileChanges, Reminders reminders, KeyDates keyDates, Clock clock) {
    }

    private JsonExport() {
    }

    static void write(long accountId, Iterable<Person> people, Parts parts, Writer out) {
        Account account = parts.accounts().byId(accountId);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("format", "kith-export");
            g.writeNumberProperty("version", VERSION);
            g.writeStringProperty("exportedAt", Instant.now(parts.clock()).toString());
            g.writeObjectPropertyStart("account");
            g.writeStringProperty("email", account.email());
            g.writePOJOProperty("settings", account.settings());
            g.writeEndObject();
            g.writePOJOProperty("circles", parts.circles().list(accountId));
            g.writeArrayPropertyStart("people");
            for (Person p : people) {
                g.writePOJO(p);
            }
            g.writeEndArray();
            g.writePOJOProperty("profileChanges", parts.profileChanges().all(accountId));
            g.writeArrayPropertyStart("touchpoints");
            parts.touchpoints().forEach(accountId, g::writePOJO);
            g.writeEndArray();
            g.writePOJOProperty("asks", parts.asks().list(account, null, null, null, account.today(parts.clock())));
            g.writeArrayPropertyStart("introductions");
            int offset = 0;
            java.util.List<app.kith.intro.Introduction> page;
            do {
                page = parts.introductions().list(accountId, new IntroQuery(null, null, null, IntroQuery.MAX_PAGE, offset));
                page.forEach(g::writePOJO);
                offset += page.size();
            } while (page.size() == IntroQuery.MAX_PAGE);
            g.writeEndArray();
            g.writePOJOProperty("reminders", parts.reminders().all(accountId));
            g.writePOJOProperty("keyDates", parts.keyDates().all(accountId));
            g.writePOJOProperty("messageTemplates", parts.messages().templates(accountId).stream()
                    .filter(t -> !t.builtIn()).map(JsonExport::own).toList());
            g.writeEndObject();
        }
    }

    private static Object own(Template t) {
        return java.util.Map.of("kind", t.kind().key(), "name", t.name(), "body", t.body());
    }
}
