package app.kith.web.introductions;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.intro.IntroQuery;
import app.kith.intro.IntroState;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.intro.OptIn;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Introductions in the web app: proposed and moved on from a person's page, the Introductions page and Today. */
@ServerTest
class IntroductionsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Introductions introductions;

    @Autowired
    Clock clock;

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    private Person add(WebSession session, String name, String email, List<String> topics, List<String> lookingFor) {
        PersonDraft draft = new PersonDraft(name, email == null ? List.of() : List.of(email), List.of(), null, null, null,
                null, null, null, topics, null, null, null, List.of(), null, lookingFor);
        return people.add(session.accountId(), draft, today(session).minusDays(30));
    }

    private Person add(WebSession session, String name, String email) {
        return add(session, name, email, List.of(), List.of());
    }

    private Introduction intro(WebSession session, Person a, Person b, String reason) {
        return introductions.propose(session.accountId(), new NewIntroduction(a.id(), b.id(), reason, null), today(session));
    }

    /** Asks one side and records that they agreed. */
    private void agreed(WebSession session, Introduction intro, Person side, LocalDate on) {
        introductions.step(session.accountId(), intro.id(), IntroStep.asked(side.id(), on), on);
        introductions.step(session.accountId(), intro.id(), IntroStep.agreed(side.id(), on), on);
    }

    @Test
    void anIntroductionIsProposedFromAPersonsPageByTypingTheOthersName() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", "sam@example.com");
        add(session, "Priya Raman", "priya@example.com");
        session.get("/people/" + sam.id());

        WebSession.Page section = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "priya", "reason", "Priya is hiring data engineers; Sam is looking"));

        assertThat(section.isFullPage()).isFalse();
        assertThat(section.body()).contains("id=\"introductions\"", "Priya Raman", "Proposed. Now ask Sam and Priya",
                "Sam Okafor: not asked yet", "Asked Sam", "Asked Priya",
                "I would love to introduce you to Priya Raman. Priya is hiring data engineers; you are looking.",
                "I would love to introduce you to Sam Okafor. You are hiring data engineers; Sam is looking.");
        List<Introduction> made = introductions.list(session.accountId(), IntroQuery.all());
        assertThat(made).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(IntroState.PROPOSED);
            assertThat(i.reason()).isEqualTo("Priya is hiring data engineers; Sam is looking");
        });
        assertThat(session.get("/people/" + sam.id()).body()).contains("id=\"introduction-" + made.get(0).id() + "\"");
    }

    @Test
    void aNameThatMeansSeveralPeopleAsksWhichOneAndWritesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", null);
        Person priyaR = add(session, "Priya Raman", null);
        add(session, "Priya Shah", null);
        session.get("/people/" + sam.id());

        WebSession.Page several = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "priya", "reason", "both in data"));
        assertThat(several.errorOf("intro-other")).isEqualTo("Several people match \"priya\": choose one");
        assertThat(several.body()).contains("Which one?", "Priya Raman", "Priya Shah", "both in data");
        assertThat(introductions.list(session.accountId(), IntroQuery.all())).isEmpty();

        WebSession.Page nobody = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "Grace", "reason", "both in data"));
        assertThat(nobody.errorOf("intro-other")).isEqualTo("Nobody called \"Grace\" among your people");

        WebSession.Page picked = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "priya", "otherId", String.valueOf(priyaR.id()), "reason", "both in data"));
        assertThat(picked.body()).contains("Proposed.");
        assertThat(introductions.list(session.accountId(), IntroQuery.all())).singleElement()
                .satisfies(i -> assertThat(i.other(sam.id()).id()).isEqualTo(priyaR.id()));
    }

    @Test
    void introducingSomeoneToThemselvesOrWithoutAReasonIsRefusedNextToTheField() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", null);
        add(session, "Priya Raman", null);
        session.get("/people/" + sam.id());

        WebSession.Page self = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "", "otherId", String.valueOf(sam.id()), "reason", "why not"));
        assertThat(self.errorOf("intro-other")).isNotBlank();
        WebSession.Page noReason = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("other", "Priya", "reason", "  "));
        assertThat(noReason.errorOf("intro-reason")).isEqualTo("Reason is required");
        assertThat(introductions.list(session.accountId(), IntroQuery.all())).isEmpty();

        WebSession.Page withoutJs = session.post("/people/" + sam.id() + "/introductions",
                Map.of("other", "Priya", "reason", "  "));
        assertThat(withoutJs.location()).isEqualTo("/people/" + sam.id() + "#introductions");
        assertThat(session.get(withoutJs.location()).errorOf("intro-reason")).isEqualTo("Reason is required");
    }

    @Test
    void theDoubleOptInGoesStepByStepFromThePersonsPage() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", "sam@example.com");
        Person priya = add(session, "Priya Raman", "priya@example.com");
        Introduction intro = intro(session, sam, priya, "hiring data engineers");
        String step = "/people/" + sam.id() + "/introductions/" + intro.id() + "/step";
        session.get("/people/" + sam.id());

        session.htmxPost(step, Map.of("step", "asked", "personId", String.valueOf(sam.id())));
        session.htmxPost(step, Map.of("step", "agreed", "personId", String.valueOf(sam.id())));
        session.htmxPost(step, Map.of("step", "asked", "personId", String.valueOf(priya.id())));
        WebSession.Page bothAgreed = session.htmxPost(step, Map.of("step", "agreed", "personId", String.valueOf(priya.id())));

        assertThat(bothAgreed.body()).contains("Both agreed: introduce them.", "Introduce them",
                "mailto:sam@example.com,priya@example.com?subject=Introducing%20Sam%20and%20Priya",
                "Sam, meet Priya Raman. Priya, meet Sam Okafor.");

        WebSession.Page introduced = session.htmxPost(step, Map.of("step", "introduced", "channel", "email"));

        assertThat(introduced.body()).contains("Introduced on", "by email", "They met", "Not a fit", "Did you two meet?");
        Introduction now = introductions.get(session.accountId(), intro.id());
        assertThat(now.state()).isEqualTo(IntroState.INTRODUCED);
        assertThat(now.personA().answer()).isEqualTo(OptIn.AGREED);
        // Each step is a touchpoint on the timelines of the people it was with.
        assertThat(session.get("/people/" + priya.id()).body()).contains("Introduced to Sam Okafor", "Agreed to meet Sam Okafor");
    }

    @Test
    void aStepThatDoesNotFitWhereTheIntroductionStandsSaysWhyAndChangesNothing() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", null);
        Person priya = add(session, "Priya Raman", null);
        Introduction intro = intro(session, sam, priya, "hiring");
        session.get("/people/" + sam.id());

        WebSession.Page early = session.htmxPost("/people/" + sam.id() + "/introductions/" + intro.id() + "/step",
                Map.of("step", "introduced", "channel", "email"));

        assertThat(early.body()).contains("role=\"alert\"");
        assertThat(introductions.get(session.accountId(), intro.id()).state()).isEqualTo(IntroState.PROPOSED);
        assertThat(introductions.get(session.accountId(), intro.id()).steps()).hasSize(intro.steps().size());
    }

    @Test
    void anAnswerIsGivenInPlaceOnTodayAndTheOutcomeAfterTheFollowUp() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", null);
        Person priya = add(session, "Priya Raman", null);
        LocalDate today = today(session);
        // Proposed and asked 22 days ago: Sam's answer is due 14 days ago, "did they meet?" today.
        LocalDate start = today.minusDays(22);
        Introduction intro = introductions.propose(session.accountId(), new NewIntroduction(sam.id(), priya.id(), "hiring",
                start), today);
        introductions.step(session.accountId(), intro.id(), IntroStep.asked(sam.id(), start), today);
        LocalDate later = start.plusDays(8);

        String page = session.get("/today?date=" + later).body();
        String item = "item-intro-" + intro.id() + "-" + sam.id();
        assertThat(page).contains("id=\"" + item + "\"", "Sam agreed", "Sam declined", "Would you like to meet");

        WebSession.Page answered = session.htmxPost("/today/intros/" + intro.id() + "/step",
                Map.of("step", "agreed", "personId", String.valueOf(sam.id()), "date", later.toString()));

        assertThat(answered.isFullPage()).isFalse();
        assertThat(answered.body()).contains("id=\"" + item + "\"", "done", "✓ Sam agreed");
        assertThat(introductions.get(session.accountId(), intro.id()).personA().answer()).isEqualTo(OptIn.AGREED);

        agreed(session, intro, priya, later);
        introductions.step(session.accountId(), intro.id(), IntroStep.introduced(later, "email"), today);
        LocalDate check = later.plusDays(14);
        assertThat(session.get("/today?date=" + check).body()).contains("Did Sam and Priya meet? You introduced them 14 days ago.", "They met",
                "How did it go?");

        WebSession.Page met = session.htmxPost("/today/intros/" + intro.id() + "/step",
                Map.of("step", "met", "date", check.toString()));

        assertThat(met.body()).contains("✓ They met");
        assertThat(introductions.get(session.accountId(), intro.id()).state()).isEqualTo(IntroState.MET);
    }

    @Test
    void anIntroductionsMessageSwitchesTemplateAndEscapesWhatItIsFilledWith() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam <b>Okafor</b>", null);
        Person priya = add(session, "Priya Raman", null);
        Introduction intro = intro(session, sam, priya, "<script>alert(1)</script> hiring");
        agreed(session, intro, sam, today(session));
        agreed(session, intro, priya, today(session));

        String page = session.get("/people/" + sam.id()).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; hiring", "Sam &lt;b&gt;Okafor&lt;/b&gt;")
                .doesNotContain("<script>alert(1)", "<b>Okafor</b>");

        WebSession.Page switched = session.htmx("/introductions/" + intro.id() + "/starter?slot=introduce&template=intro-short");

        assertThat(switched.status()).isEqualTo(200);
        assertThat(switched.body()).contains("id=\"starter-box-intro-" + intro.id() + "-introduce\"", "Hi both,",
                "connecting Sam &lt;b&gt;Okafor&lt;/b&gt; and Priya Raman").doesNotContain("<script>");
        assertThat(session.htmx("/introductions/" + intro.id() + "/starter?slot=ask-999999").status()).isEqualTo(404);
        assertThat(session.htmx("/introductions/" + intro.id() + "/starter?slot=introduce&template=check-in-coffee")
                .status()).isEqualTo(404);
    }

    @Test
    void whatSomeoneIsLookingForIsEditedAndSuggestsWhoToIntroduceThemTo() {
        WebSession session = WebSession.signUp(port, accounts);
        Person sam = add(session, "Sam Okafor", null);
        Person priya = add(session, "Priya Raman", null, List.of("data engineering", "hiring"), List.of());
        String form = session.get("/people/" + sam.id() + "/edit").body();
        assertThat(form).contains("id=\"lookingFor\"");
        assertThat(session.get("/people/" + sam.id()).body()).contains("Say what Sam is looking for");

        session.post("/people/" + sam.id(), "name", "Sam Okafor", "lookingFor", "data engineering");

        String page = session.get("/people/" + sam.id()).body();
        assertThat(page).contains("Looking for", "data engineering", "Suggested introductions", "Priya Raman");
        WebSession.Page proposed = session.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("otherId", String.valueOf(priya.id()), "reason", "Priya knows data engineering"));
        assertThat(proposed.body()).contains("Proposed.");
        assertThat(introductions.list(session.accountId(), IntroQuery.all())).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("Priya knows data engineering"));
    }

    @Test
    void theIntroductionsPageShowsTheFunnelAndMovesOneOnInPlace() {
        WebSession session = WebSession.signUp(port, accounts);
        assertThat(session.get("/introductions").body()).contains("No introductions yet");
        Person sam = add(session, "Sam Okafor", null);
        Person priya = add(session, "Priya Raman", null);
        Person ada = add(session, "Ada Lovelace", null);
        LocalDate today = today(session);
        Introduction open = intro(session, sam, priya, "hiring");
        Introduction met = intro(session, ada, priya, "engines");
        agreed(session, met, ada, today);
        agreed(session, met, priya, today);
        introductions.step(session.accountId(), met.id(), IntroStep.introduced(today, "email"), today);
        introductions.step(session.accountId(), met.id(), IntroStep.outcome("met", today), today);

        String page = session.get("/introductions").body();
        assertThat(page).contains("2 proposed, 1 introduced, 1 met", "id=\"introduction-" + open.id() + "\"", "They met");

        WebSession.Page row = session.htmxPost("/introductions/" + open.id() + "/step",
                Map.of("step", "asked", "personId", String.valueOf(sam.id())));
        assertThat(row.isFullPage()).isFalse();
        assertThat(row.body()).contains("id=\"introduction-" + open.id() + "\"", "asked on");
        assertThat(introductions.get(session.accountId(), open.id()).personA().answer()).isEqualTo(OptIn.ASKED);
    }

    @Test
    void anotherAccountCannotSeeOrMoveTheOwnersIntroductions() {
        WebSession owner = WebSession.signUp(port, accounts);
        Person sam = add(owner, "Sam Okafor", null);
        Person priya = add(owner, "Priya Raman", null);
        Introduction intro = intro(owner, sam, priya, "a secret reason");
        WebSession other = WebSession.signUp(port, accounts);
        other.get("/today");

        assertThat(other.htmxPost("/introductions/" + intro.id() + "/step",
                Map.of("step", "asked", "personId", String.valueOf(sam.id()))).status()).isEqualTo(404);
        assertThat(other.htmxPost("/today/intros/" + intro.id() + "/step",
                Map.of("step", "asked", "personId", String.valueOf(sam.id()))).status()).isEqualTo(404);
        assertThat(other.htmxPost("/people/" + sam.id() + "/introductions/" + intro.id() + "/step",
                Map.of("step", "asked", "personId", String.valueOf(sam.id()))).status()).isEqualTo(404);
        assertThat(other.htmxPost("/people/" + sam.id() + "/introductions",
                Map.of("otherId", String.valueOf(priya.id()), "reason", "x")).status()).isEqualTo(404);
        assertThat(other.htmx("/introductions/" + intro.id() + "/starter?slot=introduce").status()).isEqualTo(404);
        assertThat(other.get("/introductions").body()).doesNotContain("a secret reason");
        assertThat(introductions.get(owner.accountId(), intro.id()).steps()).hasSize(intro.steps().size());
    }
}
