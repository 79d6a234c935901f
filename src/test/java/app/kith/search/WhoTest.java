package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.StoreTest;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.Imports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import app.kith.account.Account;
import app.kith.ask.NewAsk;
import app.kith.intro.NewIntroduction;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.wiring.Kith;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Who knows X?" on both stores: stemming, phrases, ranking, typos, filters, and an index kept current. */
class WhoTest extends StoreTest {

    private static PersonDraft draft(String name, String role, String company, String location, List<String> topics,
                                     String why, String notes) {
        return new PersonDraft(name, List.of(), List.of(), company, role, location, null, null, null, topics, why,
                notes, null, List.of(), null, List.of());
    }

    private Person add(PersonDraft d) {
        return kith.people().add(owner(), d, TODAY.minusDays(60));
    }

    private Person add(String name, String role, List<String> topics, String notes) {
        return add(draft(name, role, null, null, topics, null, notes));
    }

    private List<WhoResult> who(String text) {
        return kith.who().who(owner(), WhoQuery.of(text));
    }

    private List<String> names(String text) {
        return who(text).stream().map(WhoResult::name).toList();
    }

    @Test
    void anAccountantFindsTheAccountingProfessorAndTaxAdvisersFindTheTaxAdviser() {
        add("Ines Duarte", "Professor of accounting", List.of(), null);
        add("Tom Baker", "Founder", List.of("tax adviser"), null);
        add("Ada Lee", "Designer", List.of("typography"), null);

        assertThat(names("accountant")).containsExactly("Ines Duarte");
        assertThat(names("tax advisers")).containsExactly("Tom Baker");
    }

    @Test
    void wordsMatchInAnyOrderAndAcrossFields() {
        add("Maya Stone", "Frontend engineer", List.of("React", "TypeScript"), null);
        add("Leo Park", "Backend engineer", List.of("Go"), null);

        assertThat(names("typescript react")).containsExactly("Maya Stone");
        assertThat(names("engineer react")).containsExactly("Maya Stone");
    }

    @Test
    void aQuotedPhraseMatchesOnlyItsWordsTogether() {
        add("Nora Berg", "Teacher", List.of(), "Helped me find my flat in Kreuzberg.");
        add("Otto Weiss", "Teacher", List.of(), "Lives in a flat; could not find the venue.");

        assertThat(names("\"find my flat\"")).containsExactly("Nora Berg");
        assertThat(names("flat Kreuzberg")).containsExactly("Nora Berg");
        assertThat(names("flat find")).containsExactlyInAnyOrder("Nora Berg", "Otto Weiss");
    }

    @Test
    void whenNobodyHasEveryWordAnyWordWillDo() {
        add("Maya Stone", "Frontend engineer", List.of("React"), null);
        add("Leo Park", "Backend engineer", List.of("Kotlin"), null);

        assertThat(names("react kotlin")).containsExactlyInAnyOrder("Maya Stone", "Leo Park");
    }

    @Test
    void aTopicOrRoleMatchRanksAboveAPassingMentionInANote() {
        add("Mentioned Once", "Chef", List.of(), "Her brother is into machine learning.");
        add("Knows It", "Engineer", List.of("machine learning"), null);
        add("Does It", "Machine learning researcher", List.of(), null);

        assertThat(names("machine learning")).hasSize(3).endsWith("Mentioned Once");
    }

    @Test
    void amongEqualMatchesACloserTieRanksHigher() {
        add(draft("Distant Dan", "Lawyer", null, null, List.of("contracts"), null, null));
        Person close = add(draft("Close Cleo", "Lawyer", null, null, List.of("contracts"), "both", null));
        kith.touchpoints().log(owner(), new NewTouchpoint(close.id(), TODAY.minusDays(3), "coffee", "out", null), TODAY);

        List<WhoResult> found = who("contracts lawyer");
        assertThat(found).extracting(WhoResult::name).containsExactly("Close Cleo", "Distant Dan");
        assertThat(found.get(0).lastTouchOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(found.get(1).lastTouchOn()).isNull();
    }

    @Test
    void aNameTypedWithATypoStillFindsThePerson() {
        add("Priya Raman", "Recruiter", List.of(), null);
        add("Priya Shah", "Designer", List.of(), null);

        assertThat(names("Priya Ramen")).first().isEqualTo("Priya Raman");
        assertThat(who("Priya Ramen").get(0).why()).containsExactly(new WhoResult.Match("name", List.of("Priya Raman")));
    }

    @Test
    void theReasonNamesTheFieldAndItsWordsBestFieldFirst() {
        add("Tom Baker", "Founder", List.of("tax adviser"), "Met at a tax conference.");

        assertThat(who("tax advisers").get(0).why()).containsExactly(
                new WhoResult.Match("topics", List.of("tax", "adviser")), new WhoResult.Match("notes", List.of("tax")));
        assertThat(who("tax").get(0).why()).containsExactly(
                new WhoResult.Match("topics", List.of("tax")), new WhoResult.Match("notes", List.of("tax")));
    }

    @Test
    void filtersByCircleLocationAndWhyTheyMatter() {
        long circle = kith.circles().add(owner(), "Monthly", 30).id();
        add(draft("In Berlin", "Lawyer", null, "Berlin, Germany", List.of(), "awesome", null));
        add(draft("In Lisbon", "Lawyer", null, "Lisbon", List.of(), "connector", null).withCircles(List.of("Monthly")));
        add(draft("Both Ways", "Lawyer", null, "Lisbon", List.of(), "both", null));

        assertThat(kith.who().who(owner(), new WhoQuery("lawyer", circle, null, null, 10)))
                .extracting(WhoResult::name).containsExactly("In Lisbon");
        assertThat(kith.who().who(owner(), new WhoQuery("lawyer", null, "berlin", null, 10)))
                .extracting(WhoResult::name).containsExactly("In Berlin");
        assertThat(kith.who().who(owner(), new WhoQuery("lawyer", null, null, "connector", 10)))
                .extracting(WhoResult::name).containsExactlyInAnyOrder("In Lisbon", "Both Ways");
        assertThatThrownBy(() -> kith.who().who(owner(), new WhoQuery("lawyer", null, null, "famous", 10)))
                .isInstanceOf(Invalid.class);
    }

    @Test
    void hostileInputGivesResultsOrNoneButNeverAnError() {
        add("Maya Stone", "Frontend engineer", List.of("React"), "Knows NEAR and far.");
        for (String text : List.of("\"", "*", "NEAR", "NEAR(react engineer)", "react:", "topics:react", "&|!",
                "react & !engineer | x", "\"unbalanced react", "react\" \"", "'; DROP TABLE person; --", "^react*",
                "(", ")", "-react", "+", "''", "\\", "{topics}: react", "AND OR NOT", "", "   ")) {
            assertThatCode(() -> who(text)).as(text).doesNotThrowAnyException();
        }
        assertThat(names("\"unbalanced react")).containsExactly("Maya Stone");
        assertThat(names("react:")).containsExactly("Maya Stone");
    }

    @Test
    void aNameAddedRenamedOrDeletedOnOneNodeIsFoundWithATypoOrNotAtOnceOnTheOther() {
        Kith other = Kith.wire(db, Clock.fixed(NOW, ZoneOffset.UTC));
        add("Priya Raman", "Recruiter", List.of(), null);
        assertThat(names("Priya Ramen")).containsExactly("Priya Raman");
        assertThat(names(other, "Priya Ramen")).containsExactly("Priya Raman");

        Person kofi = add("Kofi Mensah", "Engineer", List.of(), null);
        assertThat(names("Mensa")).containsExactly("Kofi Mensah");
        assertThat(names(other, "Mensa")).containsExactly("Kofi Mensah");
        assertThat(other.who().find(owner(), "Mensax", 10)).containsExactly(kofi.id());

        other.people().update(owner(), kofi.id(), draft("Kofi Asante", "Engineer", null, null, List.of(), null, null));
        assertThat(names(other, "Asanti")).containsExactly("Kofi Asante");
        assertThat(names("Asanti")).containsExactly("Kofi Asante");
        assertThat(names("Mensa")).isEmpty();
        assertThat(kith.who().find(owner(), "Asnte", 10)).containsExactly(kofi.id());

        kith.people().delete(owner(), kofi.id());
        assertThat(names("Asanti")).isEmpty();
        assertThat(names(other, "Asanti")).isEmpty();
        other.people().restore(owner(), kofi.id());
        assertThat(names(other, "Asanti")).containsExactly("Kofi Asante");
        assertThat(names("Asanti")).containsExactly("Kofi Asante");
    }

    private List<String> names(Kith node, String text) {
        return node.who().who(owner(), WhoQuery.of(text)).stream().map(WhoResult::name).toList();
    }

    @Test
    void aRenamedPersonIsFoundByTheirNewNameTypedWithATypoAndNotByTheOldOne() {
        Person p = add("Priya Raman", "Recruiter", List.of(), null);
        assertThat(names("Priya Ramen")).containsExactly("Priya Raman");

        kith.people().update(owner(), p.id(), draft("Priya Okonkwo", "Recruiter", null, null, List.of(), null, null));

        assertThat(names("Priya Okonkow")).containsExactly("Priya Okonkwo");
        assertThat(names("Ramen")).isEmpty();
    }

    @Test
    void aPhraseWithAWordNobodyHasStillFindsThoseWithThePhrase() {
        add("Nora Berg", "Teacher", List.of(), "Helped me find my flat in Kreuzberg.");
        add("Otto Weiss", "Teacher", List.of(), "Lives in a flat.");

        assertThat(names("\"find my flat\" zanzibar")).containsExactly("Nora Berg");
    }

    @Test
    void anEditedNoteIsFoundAtOnceAndTheOldOneIsNot() {
        Person p = add("Nora Berg", "Teacher", List.of(), "Knows everyone at the opera.");
        assertThat(names("opera")).containsExactly("Nora Berg");

        kith.people().update(owner(), p.id(), draft("Nora Berg", "Teacher", null, null, List.of(), null,
                "Helped me find my flat in Kreuzberg."));

        assertThat(names("kreuzberg")).containsExactly("Nora Berg");
        assertThat(names("opera")).isEmpty();
    }

    @Test
    void aDeletedPersonDisappears() {
        Person p = add("Nora Berg", "Teacher", List.of(), null);
        assertThat(names("teacher")).containsExactly("Nora Berg");

        kith.people().delete(owner(), p.id());

        assertThat(names("teacher")).isEmpty();
    }

    @Test
    void touchpointAskAndIntroductionNotesAreFoundAndRankedLowest() {
        Person a = add("Ana Cruz", "Chef", List.of(), null);
        Person b = add("Ben Ode", "Chef", List.of(), null);
        Person c = add("Cal Moss", "Chef", List.of(), null);
        kith.touchpoints().log(owner(), new NewTouchpoint(a.id(), TODAY, "call", "out", "Talked about sourdough"), TODAY);
        Account account = kith.accounts().byId(owner());
        kith.asks().ask(account, new NewAsk(b.id(), "An intro to a kombucha brewer", TODAY, "email"), TODAY);
        kith.introductions().propose(owner(), new NewIntroduction(c.id(), a.id(), "Both love fermentation", TODAY), TODAY);

        assertThat(names("sourdough")).containsExactly("Ana Cruz");
        assertThat(names("kombucha")).containsExactly("Ben Ode");
        assertThat(names("fermentation")).containsExactlyInAnyOrder("Cal Moss", "Ana Cruz");
        assertThat(who("sourdough").get(0).why()).containsExactly(new WhoResult.Match("touchpoints", List.of("sourdough")));
    }

    @Test
    void peopleAddedInBulkAreFoundAtOnce() {
        kith.people().addAll(owner(), List.of(draft("Bulk One", "Actuary", null, null, List.of(), null, null),
                draft("Bulk Two", "Pilot", null, null, List.of("actuarial science"), null, null)), TODAY);

        assertThat(names("actuary")).containsExactlyInAnyOrder("Bulk One", "Bulk Two");
        assertThat(kith.who().reindex(owner())).isEqualTo(2);
        assertThat(names("pilot")).containsExactly("Bulk Two");
    }

    @Test
    void anImportLeavesItsPeopleIndexedSoTheNextSearchHasNothingToRebuild() {
        String file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ines,Duarte,https://www.linkedin.com/in/ines,,Nova,Professor of accounting,12 Mar 2024\n";
        kith.imports().apply(owner(), ImportFormat.LINKEDIN,
                new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), new ImportOptions(null), TODAY,
                Imports.Progress.none());

        assertThat(kith.who().refresh(owner())).isZero();
        assertThat(names("accountant")).containsExactly("Ines Duarte");
        assertThat(names("Ines Duatre")).containsExactly("Ines Duarte");
    }

    @Test
    void aLargeRebuildGoesAChunkAtATimeAndMissesNobody() {
        List<PersonDraft> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            many.add(draft("Person " + i, i == 1_233 ? "Glassblower" : "Clerk", null, null, List.of(), null, null));
        }
        kith.people().addAll(owner(), many, TODAY);

        assertThat(kith.who().refresh(owner())).isEqualTo(1_234);
        assertThat(kith.who().refresh(owner())).isZero();
        assertThat(names("glassblower")).containsExactly("Person 1233");
        assertThat(kith.who().reindex(owner())).isEqualTo(1_234);
        assertThat(names("glassblower")).containsExactly("Person 1233");
    }

    @Test
    void anotherAccountsPeopleAreNeverFound() {
        add("Mine", "Sommelier", List.of(), null);
        long other = anotherAccount();
        kith.people().add(other, PersonDraft.named("Theirs").withName("Theirs Sommelier"), TODAY);

        assertThat(names("sommelier")).containsExactly("Mine");
        assertThat(kith.who().who(other, WhoQuery.of("sommelier"))).extracting(WhoResult::name)
                .containsExactly("Theirs Sommelier");
    }

    /** A shared small network: each store must put the same person first. */
    @Test
    void theSameTopResultOnBothStores() {
        add(draft("Priya Raman", "Tax adviser", "Raman & Co", "London", List.of("VAT", "small business"), "awesome",
                "Ran the numbers for my first company."));
        add(draft("Jonas Falk", "Data engineer", "Spotify", "Stockholm", List.of("Kafka", "Spark"), null,
                "Mentioned he might leave for a startup doing tax software."));
        add(draft("Lena Vogel", "Product designer", "Figma", "Berlin", List.of("design systems"), "connector",
                "Knows every design lead in Berlin."));
        add(draft("Sam Okoro", "Startup founder", "Okoro Labs", "Lagos", List.of("fundraising", "seed rounds"), null,
                "Raised a seed round from a Berlin fund."));

        assertThat(names("tax")).first().isEqualTo("Priya Raman");
        assertThat(names("berlin")).first().isEqualTo("Lena Vogel");
        assertThat(names("spark engineer")).first().isEqualTo("Jonas Falk");
        assertThat(names("seed funding")).first().isEqualTo("Sam Okoro");
        assertThat(names("designers")).first().isEqualTo("Lena Vogel");
        assertThat(names("\"seed round\"")).containsExactly("Sam Okoro");
    }
}
