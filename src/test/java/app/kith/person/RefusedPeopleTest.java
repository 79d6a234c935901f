package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every refused input names its field, and neither adding nor updating writes anything, child rows included. */
class RefusedPeopleTest extends StoreTest {

    private static final List<String> TABLES = List.of("person", "person_email", "person_phone", "person_topic",
            "circle", "circle_member", "touchpoint");

    /** A complete, valid draft: each refusal below breaks exactly one thing in it. */
    private static final PersonDraft VALID = new PersonDraft("Ada Lovelace", List.of("ada@example.com"),
            List.of("+44 20 7946 0000"), "Analytical Engines", "Analyst", "London", "linkedin.com/in/ada", "1990-12-10",
            "A lecture on engines", List.of("mathematics"), "awesome", "Notes", 30, List.of("Weekly"), null);

    record Refusal(String what, String field, UnaryOperator<PersonDraft> change) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal("empty name", "name", d -> with(d, "name", "")),
                new Refusal("blank name", "name", d -> with(d, "name", "   ")),
                new Refusal("name of 201 characters", "name", d -> with(d, "name", "x".repeat(201))),
                new Refusal("name with a control character", "name", d -> with(d, "name", "Ada\u0000Lovelace")),
                new Refusal("zero rhythm", "rhythmDays", d -> d.withRhythm(0)),
                new Refusal("negative rhythm", "rhythmDays", d -> d.withRhythm(-3)),
                new Refusal("rhythm over ten years", "rhythmDays", d -> d.withRhythm(3651)),
                new Refusal("email without a domain", "emails", d -> withList(d, "emails", List.of("ok@example.com", "ada@"))),
                new Refusal("email with a space", "emails", d -> withList(d, "emails", List.of("ada lovelace@example.com"))),
                new Refusal("email without a dot in its domain", "emails", d -> withList(d, "emails", List.of("ada@localhost"))),
                new Refusal("21 emails", "emails", d -> withList(d, "emails",
                        IntStream.range(0, 21).mapToObj(i -> "ada" + i + "@example.com").toList())),
                new Refusal("phone that is words", "phones", d -> withList(d, "phones", List.of("call me maybe"))),
                new Refusal("30 February", "birthday", d -> with(d, "birthday", "2026-02-30")),
                new Refusal("30 February without a year", "birthday", d -> with(d, "birthday", "--02-30")),
                new Refusal("birthday before 1900", "birthday", d -> with(d, "birthday", "1850-01-01")),
                new Refusal("birthday in words", "birthday", d -> with(d, "birthday", "tomorrow")),
                new Refusal("company of 201 characters", "company", d -> with(d, "company", "x".repeat(201))),
                new Refusal("role of 201 characters", "role", d -> with(d, "role", "x".repeat(201))),
                new Refusal("location of 201 characters", "location", d -> with(d, "location", "x".repeat(201))),
                new Refusal("how we met of 2001 characters", "howWeMet", d -> with(d, "howWeMet", "x".repeat(2001))),
                new Refusal("notes over 100,000 characters", "notes", d -> with(d, "notes", "x".repeat(100_001))),
                new Refusal("a LinkedIn address elsewhere", "linkedinUrl",
                        d -> with(d, "linkedinUrl", "https://linkedin.com.evil.example/in/ada")),
                new Refusal("why that is not a reason", "why", d -> with(d, "why", "rich")),
                new Refusal("topic of 61 characters", "topics", d -> withList(d, "topics", List.of("x".repeat(61)))),
                new Refusal("51 topics", "topics", d -> withList(d, "topics",
                        IntStream.range(0, 51).mapToObj(i -> "topic " + i).toList())),
                new Refusal("unknown circle after a conventional one", "circles",
                        d -> withList(d, "circles", List.of("Weekly", "Monthly", "Clients"))),
                new Refusal("blank circle", "circles", d -> withList(d, "circles", List.of(" "))));
    }

    private long grace;
    private Person graceBefore;
    private Map<String, Integer> before;

    @BeforeEach
    void somebodyIsAlreadyThere() {
        graceBefore = kith.people().add(owner(), new PersonDraft("Grace Hopper",
                List.of("grace@example.com", "grace@navy.example"), List.of("+1 555 0100"), "Navy", null, null, null,
                null, null, List.of("compilers", "COBOL"), "both", null, null, List.of("Monthly"), null), TODAY);
        grace = graceBefore.id();
        before = counts();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedNewPersonIsNotWritten(Refusal refusal) {
        PersonDraft draft = refusal.change().apply(VALID);

        assertThatThrownBy(() -> kith.people().add(owner(), draft, TODAY))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(refusal.field()));
        assertThat(counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedUpdateChangesNothing(Refusal refusal) {
        PersonDraft draft = refusal.change().apply(VALID);

        assertThatThrownBy(() -> kith.people().update(owner(), grace, draft))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(refusal.field()));
        assertThat(counts()).isEqualTo(before);
        assertThat(kith.people().get(owner(), grace)).isEqualTo(graceBefore);
    }

    @Test
    void everyWrongFieldIsNamedAtOnceTheFirstSpeakingForThem() {
        PersonDraft draft = new PersonDraft("", List.of("ada@"), List.of("call me"), null, "x".repeat(201), null,
                "example.com/ada", "31/02", null, List.of(), "rich", null, 0, List.of(), null);

        assertThatThrownBy(() -> kith.people().add(owner(), draft, TODAY)).isInstanceOfSatisfying(Invalid.class, e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.all()).extracting(Invalid::field)
                    .containsExactly("name", "emails", "phones", "role", "linkedinUrl", "birthday", "why", "rhythmDays");
        });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theValidDraftIsAccepted() {
        // Else every refusal above would prove nothing.
        assertThat(kith.people().add(owner(), VALID, TODAY).circles()).extracting(Person.CircleRef::name)
                .containsExactly("Weekly");
    }

    @Test
    void aBulkAddWithOneRefusedPersonWritesNobody() {
        long other = anotherAccount();
        Map<String, Integer> beforeBulk = counts();

        for (Refusal refusal : refusals().toList()) {
            List<PersonDraft> drafts = List.of(VALID, refusal.change().apply(VALID), VALID);
            assertThatThrownBy(() -> db.transactions().execute(s -> kith.people().addAll(other, drafts, TODAY)))
                    .as(refusal.what())
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo(refusal.field()));
        }
        assertThat(counts()).isEqualTo(beforeBulk);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(t -> counts.put(t, rows(t)));
        return counts;
    }

    private static PersonDraft with(PersonDraft d, String field, String value) {
        return new PersonDraft(field.equals("name") ? value : d.name(), d.emails(), d.phones(),
                field.equals("company") ? value : d.company(), field.equals("role") ? value : d.role(),
                field.equals("location") ? value : d.location(), field.equals("linkedinUrl") ? value : d.linkedinUrl(),
                field.equals("birthday") ? value : d.birthday(), field.equals("howWeMet") ? value : d.howWeMet(),
                d.topics(), field.equals("why") ? value : d.why(), field.equals("notes") ? value : d.notes(),
                d.rhythmDays(), d.circles(), d.startedOn());
    }

    private static PersonDraft withList(PersonDraft d, String field, List<String> value) {
        return new PersonDraft(d.name(), field.equals("emails") ? value : d.emails(),
                field.equals("phones") ? value : d.phones(), d.company(), d.role(), d.location(), d.linkedinUrl(),
                d.birthday(), d.howWeMet(), field.equals("topics") ? value : d.topics(), d.why(), d.notes(),
                d.rhythmDays(), field.equals("circles") ? value : d.circles(), d.startedOn());
    }
}
