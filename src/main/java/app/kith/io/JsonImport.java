package app.kith.io;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.Settings;
import app.kith.account.SettingsChange;
import app.kith.ask.AskEvent;
import app.kith.ask.AskEventKind;
import app.kith.ask.Asks;
import app.kith.circle.Circles;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.person.ProfileChange;
import app.kith.person.ProfileChanges;
import app.kith.reminder.KeyDates;
import app.kith.reminder.NewKeyDate;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON export ({@link JsonExport}) written back into an empty account: settings, circles,
 * people, touchpoints, asks and introductions with their histories, reminders, key dates, message
 * starters. People get new ids; everything that names them follows. Read as it streams, a person or
 * a touchpoint at a time, and written a chunk at a time through the import's {@link ImportRun},
 * which takes it all back if any of it fails.
 */
final class JsonImport {

    // Each element is read off the one stream in turn: what follows it is the rest of the file.
    // No value of an export is longer than a line of any contacts file (notes stop at 100,000
    // characters): a longer one is refused as it streams, before it fills the memory (Jackson
    // would otherwise buffer 100 million characters of one string).
    private static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(
                    StreamReadConstraints.builder().maxStringLength(TextInput.MAX_LINE).build()).build())
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final int CHUNK = 2_000;
    /** Asks and introductions carry histories: fewer of them make a chunk. */
    private static final int HISTORIES = 100;

    record Parts(Accounts accounts, Circles circles, People people, Clocks clocks, Touchpoints touchpoints, Asks asks,
                 Introductions introductions, Messages messages, ProfileChanges profileChanges, Reminders reminders,
                 KeyDates keyDates) {
    }

    private final Parts parts;
    private final ImportRun run;
    private final long accountId;
    private final LocalDate today;
    private final Map<Long, Long> ids = new HashMap<>();
    private final List<PersonDraft> drafts = new ArrayList<>();
    private final List<Long> oldIds = new ArrayList<>();
    private final Map<Long, LocalDate> snoozed = new HashMap<>();
    private final List<NewTouchpoint> touches = new ArrayList<>();
    private final List<ProfileChange> changes = new ArrayList<>();
    /** Reminders and key dates, each written as its facade checks it. */
    private final List<Runnable> dated = new ArrayList<>();
    /** A few hundred at most: kept until the people and touchpoints are in. */
    private final List<JsonNode> asks = new ArrayList<>();
    private final List<JsonNode> introductions = new ArrayList<>();
    private final List<String> circlesMade = new ArrayList<>();

    JsonImport(Parts parts, ImportRun run, LocalDate today) {
        this.parts = parts;
        this.run = run;
        this.accountId = run.accountId();
        this.today = today;
    }

    /** Refuses a restore into an account that has people: a restore is of a whole Kith. */
    static void requireEmpty(People people, long accountId) {
        int existing = people.count(accountId);
        if (existing > 0) {
            throw new Conflict("file", "A JSON export goes into an empty Kith; this account has " + existing
                    + (existing == 1 ? " person" : " people") + " already");
        }
    }

    /** Restores the export; returns how many people it brought back. */
    int restore(InputStream in) {
        requireEmpty(parts.people(), accountId);
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notExport("it is no JSON object");
            }
            boolean versioned = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> versioned = check(p.getString());
                    case "version" -> version(p.getIntValue());
                    case "account" -> settings(JSON.readTree(p));
                    case "circles" -> each(p, this::circle);
                    case "people" -> each(p, this::person);
                    case "profileChanges" -> {
                        flushPeople();
                        each(p, this::change);
                    }
                    case "touchpoints" -> {
                        flushPeople();
                        each(p, this::touchpoint);
                    }
                    case "asks" -> each(p, asks::add);
                    case "introductions" -> each(p, introductions::add);
                    case "reminders" -> {
                        flushPeople();
                        each(p, this::reminder);
                    }
                    case "keyDates" -> {
                        flushPeople();
                        each(p, this::keyDate);
                    }
                    case "messageTemplates" -> each(p, this::template);
                    default -> p.skipChildren();
                }
            }
            if (!versioned) {
                throw notExport("it has no \"format\": \"kith-export\"");
            }
        } catch (StreamConstraintsException e) {
            throw notExport(String.format(Locale.ROOT, "it holds a value longer than %,d characters or nested deeper"
                    + " than any export (%s)", TextInput.MAX_LINE, e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw notExport("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        flushPeople();
        flushChanges();
        flushTouches();
        flushDated();
        // Every clock once, from all the touchpoints; a snooze after it, as it sets the clock too.
        List<Long> made = new ArrayList<>(ids.values());
        for (int from = 0; from < made.size(); from += CHUNK) {
            List<Long> some = made.subList(from, Math.min(made.size(), from + CHUNK));
            run.chunk(() -> parts.clocks().recomputeClocks(accountId, some));
        }
        List<Map.Entry<Long, LocalDate>> snoozes = new ArrayList<>(snoozed.entrySet());
        for (int from = 0; from < snoozes.size(); from += CHUNK) {
            List<Map.Entry<Long, LocalDate>> some = snoozes.subList(from, Math.min(snoozes.size(), from + CHUNK));
            run.chunk(() -> some.forEach(s -> parts.clocks().snooze(accountId, person(s.getKey()), s.getValue(), today)));
        }
        // Exports list asks and introductions newest first: written back oldest first, they list the same.
        Account account = parts.accounts().byId(accountId);
        List<JsonNode> oldestAsksFirst = new ArrayList<>(asks);
        java.util.Collections.reverse(oldestAsksFirst);
        for (int from = 0; from < oldestAsksFirst.size(); from += HISTORIES) {
            List<JsonNode> some = oldestAsksFirst.subList(from, Math.min(oldestAsksFirst.size(), from + HISTORIES));
            run.chunk(() -> some.forEach(a -> ask(account, a)));
        }
        List<JsonNode> oldestIntroductionsFirst = new ArrayList<>(introductions);
        java.util.Collections.reverse(oldestIntroductionsFirst);
        for (int from = 0; from < oldestIntroductionsFirst.size(); from += HISTORIES) {
            List<JsonNode> some = oldestIntroductionsFirst.subList(from,
                    Math.min(oldestIntroductionsFirst.size(), from + HISTORIES));
            run.chunk(() -> some.forEach(this::introduction));
        }
        return ids.size();
    }

    private static boolean check(String format) {
        if (!"kith-export".equals(format)) {
            throw notExport("its \"format\" is \"" + format + "\", not \"kith-export\"");
        }
        return true;
    }

    private static void version(int version) {
        if (version < 1 || version > JsonExport.VERSION) {
            throw new Invalid("file", "The file is a Kith export of version " + version + "; this Kith reads version "
                    + JsonExport.VERSION + " and older");
        }
    }

    private static Invalid notExport(String why) {
        return new Invalid("file", "The file is not a Kith JSON export: " + why);
    }

    private interface Element {
        void take(JsonNode node);
    }

    private static void each(JsonParser p, Element element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw notExport("\"" + p.currentName() + "\" is not a list");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            element.take(JSON.readTree(p));
        }
    }

    private void settings(JsonNode account) {
        JsonNode s = account.path("settings");
        if (s.isObject()) {
            // An export without the later settings leaves them as they are; a null default rhythm is "none".
            Optional<Integer> defaultRhythm = !s.has("defaultRhythmDays") ? null
                    : Optional.ofNullable(integer(s, "defaultRhythmDays"));
            SettingsChange change = new SettingsChange(integer(s, "capacity"),
                    s.path("timeZone").isString() ? s.path("timeZone").asString() : null, integer(s, "followUpDays"),
                    integer(s, "followUpsBeforeDrop"), integer(s, "introFollowUpDays"), defaultRhythm,
                    integer(s, "followUpShare"), integer(s, "replyWindowDays"),
                    s.path("yourName").isString() ? s.path("yourName").asString() : null);
            run.chunk(() -> {
                Settings was = parts.accounts().byId(accountId).settings();
                run.before(ImportRuns.SETTINGS_BEFORE, ImportRuns.settingsJson(SettingsChange.of(was)));
                parts.accounts().changeSettings(accountId, change);
            });
        }
    }

    private void circle(JsonNode c) {
        String name = c.path("name").asString();
        run.chunk(() -> {
            if (parts.circles().byName(accountId, name).isEmpty()) {
                run.created(ImportRuns.CIRCLES, List.of(parts.circles().add(accountId, name, integer(c, "rhythmDays")).id()));
                circlesMade.add(name);
            }
        });
    }

    private void template(JsonNode t) {
        NewTemplate template = new NewTemplate(t.path("kind").asString(), t.path("name").asString(),
                t.path("body").asString());
        run.chunk(() -> run.created(ImportRuns.TEMPLATES, List.of(parts.messages().add(accountId, template).id())));
    }

    private void person(JsonNode n) {
        List<String> circleNames = new ArrayList<>();
        n.path("circles").forEach(c -> circleNames.add(c.path("name").asString()));
        drafts.add(new PersonDraft(n.path("name").asString(), strings(n, "emails"), strings(n, "phones"), text(n, "company"),
                text(n, "role"), text(n, "location"), text(n, "linkedinUrl"), text(n, "birthday"), text(n, "howWeMet"),
                strings(n, "topics"), text(n, "why"), text(n, "notes"), integer(n, "ownRhythmDays"), circleNames,
                date(n, "startedOn"), strings(n, "lookingFor")));
        oldIds.add(n.path("id").asLong());
        LocalDate until = date(n, "snoozedUntil");
        if (until != null && until.isAfter(today)) {
            snoozed.put(n.path("id").asLong(), until);
        }
        if (drafts.size() == CHUNK) {
            flushPeople();
        }
    }

    private void change(JsonNode c) {
        changes.add(new ProfileChange(person(c.path("personId").asLong()), date(c, "on"), text(c, "field"),
                text(c, "before"), text(c, "after"), text(c, "source")));
        if (changes.size() == CHUNK) {
            flushChanges();
        }
    }

    private void flushChanges() {
        if (!changes.isEmpty()) {
            if (changes.stream().anyMatch(c -> c.on() == null || c.field() == null || c.source() == null)) {
                throw notExport("a profile change needs its \"on\", \"field\" and \"source\"");
            }
            List<ProfileChange> some = List.copyOf(changes);
            run.chunk(() -> run.created(ImportRuns.CHANGES, parts.profileChanges().restore(accountId, some)));
            changes.clear();
        }
    }

    private void flushPeople() {
        if (drafts.isEmpty()) {
            return;
        }
        List<Long> made = run.chunk(() -> run.journalingNewCircles(parts.circles(), () -> {
            List<Long> written = parts.people().addAll(accountId, drafts, today);
            run.created(ImportRuns.PEOPLE, written);
            return written;
        }));
        for (int i = 0; i < made.size(); i++) {
            ids.put(oldIds.get(i), made.get(i));
        }
        drafts.clear();
        oldIds.clear();
    }

    private void touchpoint(JsonNode t) {
        touches.add(new NewTouchpoint(person(t.path("personId").asLong()), date(t, "on"), text(t, "channel"),
                text(t, "direction"), text(t, "note")));
        if (touches.size() == CHUNK * 5) {
            flushTouches();
        }
    }

    private void flushTouches() {
        if (!touches.isEmpty()) {
            run.chunk(() -> parts.touchpoints().logAll(accountId, touches));
            touches.clear();
        }
    }

    private void reminder(JsonNode r) {
        long person = person(r.path("personId").asLong());
        LocalDate on = date(r, "on");
        String text = text(r, "text");
        dated.add(() -> parts.reminders().restore(accountId, person, on, text));
        if (dated.size() == CHUNK) {
            flushDated();
        }
    }

    private void keyDate(JsonNode k) {
        NewKeyDate date = new NewKeyDate(person(k.path("personId").asLong()), text(k, "label"), date(k, "on"),
                k.path("yearly").asBoolean());
        dated.add(() -> parts.keyDates().add(accountId, date));
        if (dated.size() == CHUNK) {
            flushDated();
        }
    }

    private void flushDated() {
        if (!dated.isEmpty()) {
            List<Runnable> some = List.copyOf(dated);
            run.chunk(() -> some.forEach(Runnable::run));
            dated.clear();
        }
    }

    private void ask(Account account, JsonNode a) {
        List<AskEvent> history = new ArrayList<>();
        a.path("events").forEach(e -> history.add(new AskEvent(0, 0, date(e, "on"), askEvent(e.path("kind").asString()),
                date(e, "puntedTo"), text(e, "note"))));
        // An ask's state is replayed from its history, which begins when it was asked.
        String which = "ask " + a.path("id").asLong() + " (\"" + a.path("text").asString() + "\")";
        if (date(a, "askedOn") == null) {
            throw notExport(which + " has no \"askedOn\" date");
        }
        if (history.stream().anyMatch(e -> e.on() == null)
                || history.stream().min(Comparator.comparing(AskEvent::on)).map(e -> e.kind() != AskEventKind.ASKED).orElse(true)) {
            throw notExport(which + " needs a history that starts with \"asked\", every step with its date");
        }
        parts.asks().restore(account, person(a.path("person").path("id").asLong()), a.path("text").asString(),
                text(a, "channel"), date(a, "askedOn"), history, today);
    }

    private void introduction(JsonNode i) {
        List<Introduction.Step> steps = new ArrayList<>();
        i.path("steps").forEach(s -> steps.add(new Introduction.Step(date(s, "on"), s.path("kind").asString(),
                s.path("personId").isNumber() ? person(s.path("personId").asLong()) : null, text(s, "note"))));
        parts.introductions().restore(accountId, person(i.path("personA").path("id").asLong()),
                person(i.path("personB").path("id").asLong()), i.path("reason").asString(), text(i, "channel"), steps);
    }

    private static AskEventKind askEvent(String key) {
        try {
            return AskEventKind.valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw notExport("\"" + key + "\" is no step of an ask");
        }
    }

    /** This account's id of the person the export names by its own id. */
    private long person(long exported) {
        Long id = ids.get(exported);
        if (id == null) {
            throw notExport("it names person " + exported + ", who is not among its people");
        }
        return id;
    }

    List<String> circlesMade() {
        return circlesMade;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asString();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isNumber() ? v.asInt() : null;
    }

    private static LocalDate date(JsonNode n, String field) {
        String v = text(n, field);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw notExport("\"" + field + "\" is \"" + v + "\", not a date");
        }
    }

    private static List<String> strings(JsonNode n, String field) {
        List<String> list = new ArrayList<>();
        n.path(field).forEach(v -> list.add(v.asString()));
        return list;
    }
}
