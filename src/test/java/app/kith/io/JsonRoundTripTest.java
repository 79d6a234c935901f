package app.kith.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.account.Account;
import app.kith.account.SettingsChange;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.NewAsk;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.NewIntroduction;
import app.kith.message.NewTemplate;
import app.kith.person.FieldChange;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.reminder.NewKeyDate;
import app.kith.touchpoint.NewTouchpoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A JSON export imported into an empty Kith and exported again says the same: nothing is lost. */
class JsonRoundTripTest extends StoreTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a new home gives anew: ids, moments of writing, the account's sign-in. */
    private static final Set<String> FRESH = Set.of("id", "askId", "createdAt", "updatedAt", "exportedAt", "email");

    private String export(long account) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        kith.exports().write(account, ExportFormat.JSON, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private ImportResult restore(long account, String json) {
        return kith.imports().apply(account, ImportFormat.JSON, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(null), TODAY, Imports.Progress.none());
    }

    /** An account with one of everything: a network in use. */
    private void aNetworkInUse(long owner) {
        kith.accounts().changeSettings(owner, new SettingsChange(7, "Europe/Paris", 5, 3, 10));
        kith.circles().add(owner, "Mentors", 60);
        Person ada = kith.people().add(owner, new PersonDraft("Ada Lovelace", List.of("ada@example.com", "ada@home.example"),
                List.of("+44 20 7946 0000"), "Analytical Engines", "Analyst", "London", "linkedin.com/in/ada", "--12-10",
                "A salon", List.of("math", "engines"), "connector", "Wrote **the** first program", 45,
                List.of("Monthly", "Mentors"), TODAY.minusDays(400), List.of("a co-founder")), TODAY);
        Person grace = kith.people().add(owner, PersonDraft.named("Grace Hopper").withCircles(List.of("Quarterly")), TODAY);
        Person sam = kith.people().add(owner, PersonDraft.named("Sam Okafor"), TODAY);
        kith.touchpoints().log(owner, new NewTouchpoint(ada.id(), TODAY.minusDays(20), "coffee", "mutual", "engines"), TODAY);
        kith.touchpoints().log(owner, new NewTouchpoint(grace.id(), TODAY.minusDays(3), "email", "in", null), TODAY);
        kith.clocks().snooze(owner, sam.id(), TODAY.plusDays(9), TODAY);
        Account account = kith.accounts().byId(owner);
        Ask asked = kith.asks().ask(account, new NewAsk(ada.id(), "an intro to Babbage", TODAY.minusDays(30), "email"), TODAY);
        kith.asks().followUp(account, asked.id(), TODAY.minusDays(20), null, null, TODAY);
        kith.asks().answer(account, asked.id(), new Answer.Punt(TODAY.plusDays(4)), TODAY.minusDays(18), TODAY);
        Ask yes = kith.asks().ask(account, new NewAsk(grace.id(), "a talk", TODAY.minusDays(12), null), TODAY);
        kith.asks().answer(account, yes.id(), new Answer.Yes(), TODAY.minusDays(10), TODAY);
        Introduction intro = kith.introductions().propose(owner, new NewIntroduction(ada.id(), grace.id(), "both code",
                TODAY.minusDays(40)), TODAY);
        for (Person p : List.of(ada, grace)) {
            kith.introductions().step(owner, intro.id(), IntroStep.asked(p.id(), TODAY.minusDays(39)), TODAY);
            kith.introductions().step(owner, intro.id(), IntroStep.agreed(p.id(), TODAY.minusDays(38)), TODAY);
        }
        kith.introductions().step(owner, intro.id(), IntroStep.introduced(TODAY.minusDays(37), "email"), TODAY);
        kith.introductions().step(owner, intro.id(), IntroStep.outcome("met", TODAY.minusDays(20)), TODAY);
        kith.introductions().propose(owner, new NewIntroduction(sam.id(), ada.id(), "hiring", TODAY.minusDays(2)), TODAY);
        kith.messages().add(owner, new NewTemplate("check-in", "Mine", "Hi {first name}, [how is {last topic}?|long time!]"));
        kith.reminders().remind(owner, ada.id(), TODAY.minusDays(5), "send the article", TODAY.minusDays(6));
        kith.reminders().remind(owner, sam.id(), TODAY.plusDays(3), "ask about the move", TODAY);
        kith.keyDates().add(owner, new NewKeyDate(ada.id(), "work anniversary", TODAY.minusYears(5), true));
        kith.keyDates().add(owner, new NewKeyDate(grace.id(), "moved to Berlin", TODAY.plusDays(10), false));
        kith.profileChanges().record(owner, ada.id(), TODAY.minusDays(5), "LinkedIn import", List.of(
                new FieldChange("role", "Engineer", "Analyst"), new FieldChange("company", "Acme", "Analytical Engines")));
    }

    @Test
    void anExportImportedIntoAnEmptyKithExportsTheSame() throws IOException {
        aNetworkInUse(owner());
        String first = export(owner());
        long elsewhere = anotherAccount();

        ImportResult result = restore(elsewhere, first);

        assertThat(result.created()).isEqualTo(3);
        assertThat(result.newCircles()).contains("Mentors");
        assertThat(normal(export(elsewhere))).isEqualTo(normal(first));
        assertThat(JSON.readTree(first).get("profileChanges").size()).as("what imports changed travels too").isEqualTo(2);
        assertThat(JSON.readTree(first).get("reminders").size()).as("reminders travel too").isEqualTo(2);
        assertThat(JSON.readTree(first).get("keyDates").size()).as("key dates travel too").isEqualTo(2);
        assertThat(kith.planner().today(kith.accounts().byId(elsewhere), TODAY, 0).items())
                .extracting(i -> i.kind() + " " + i.person().name())
                .isEqualTo(kith.planner().today(kith.accounts().byId(owner()), TODAY, 0).items().stream()
                        .map(i -> i.kind() + " " + i.person().name()).toList());
    }

    @Test
    void aRestoreGoesOnlyIntoAnEmptyKithAndABrokenExportWritesNothing() throws IOException {
        aNetworkInUse(owner());
        String json = export(owner());

        assertThatThrownBy(() -> restore(owner(), json)).isInstanceOf(Conflict.class)
                .hasMessageContaining("goes into an empty Kith");
        long elsewhere = anotherAccount();
        String broken = json.replace("\"kind\" : \"met\"", "\"kind\" : \"eloped\"");
        assertThatThrownBy(() -> restore(elsewhere, broken)).isInstanceOf(Invalid.class).hasMessageContaining("eloped");
        assertThatThrownBy(() -> restore(elsewhere, "{\"people\": []}")).isInstanceOf(Invalid.class)
                .hasMessageContaining("no \"format\": \"kith-export\"");
        assertThatThrownBy(() -> restore(elsewhere, "{\"format\": \"kith-export\", \"version\": 9}"))
                .isInstanceOf(Invalid.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> restore(elsewhere, "not json")).isInstanceOf(Invalid.class)
                .hasMessageContaining("not valid JSON");
        assertThat(kith.people().count(elsewhere)).isZero();
        assertThat(kith.circles().list(elsewhere)).isEmpty();
    }

    @Test
    void aPreviewOfARestoreWritesNothing() throws IOException {
        aNetworkInUse(owner());
        long elsewhere = anotherAccount();

        ImportResult preview = kith.imports().preview(elsewhere, ImportFormat.JSON,
                new ByteArrayInputStream(export(owner()).getBytes(StandardCharsets.UTF_8)), new ImportOptions(null));

        assertThat(preview.applied()).isFalse();
        assertThat(preview.created()).isEqualTo(3);
        assertThat(kith.people().count(elsewhere)).isZero();
    }

    /** The export with what a new home gives anew left out, and people named instead of numbered. */
    private static JsonNode normal(String json) {
        JsonNode root = JSON.readTree(json);
        Map<Long, String> names = new HashMap<>();
        root.get("people").forEach(p -> names.put(p.get("id").asLong(), p.get("name").asString()));
        return strip(root, names);
    }

    private static JsonNode strip(JsonNode node, Map<Long, String> names) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(e -> {
                if (e.getKey().equals("personId") && e.getValue().isNumber()) {
                    copy.put("person", names.get(e.getValue().asLong()));
                } else if (!FRESH.contains(e.getKey())) {
                    copy.set(e.getKey(), strip(e.getValue(), names));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(strip(n, names)));
            return copy;
        }
        return node;
    }
}
