package app.kith.intro;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.Direction;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each step of an introduction, on both stores: what it shows, what it stores, which touchpoints it logs. */
class IntroductionsTest extends StoreTest {

    private Person sam;
    private Person priya;

    @BeforeEach
    void twoPeople() {
        sam = kith.people().add(owner(), PersonDraft.named("Sam Okafor").withRhythm(30), TODAY.minusDays(60));
        priya = kith.people().add(owner(), PersonDraft.named("Priya Raman").withRhythm(90), TODAY.minusDays(60));
    }

    private Introduction propose(LocalDate on) {
        return kith.introductions().propose(owner(),
                new NewIntroduction(sam.id(), priya.id(), "Priya is hiring data engineers; Sam is looking", on), TODAY);
    }

    private Introduction step(Introduction intro, IntroStep step) {
        return kith.introductions().step(owner(), intro.id(), step, TODAY);
    }

    private List<Touchpoint> timeline(Person p) {
        return kith.touchpoints().ofPerson(owner(), p.id(), 100, 0);
    }

    private Map<String, Object> row(Introduction intro) {
        return sql().sql("""
                SELECT state, a_answer, b_answer, a_asked_day, b_asked_day, introduced_day, channel, closed_day, proposed_day
                FROM introduction WHERE id = :id
                """).param("id", intro.id()).query().singleRow();
    }

    private static long day(LocalDate date) {
        return date.toEpochDay();
    }

    @Test
    void aProposedIntroductionIsReadBackWithItsReasonAndFirstStep() {
        Introduction proposed = propose(TODAY.minusDays(3));

        Introduction read = kith.introductions().get(owner(), proposed.id());

        assertThat(read).isEqualTo(proposed);
        assertThat(read.personA().id()).isEqualTo(sam.id());
        assertThat(read.personA().name()).isEqualTo("Sam Okafor");
        assertThat(read.personA().answer()).isNull();
        assertThat(read.personB().name()).isEqualTo("Priya Raman");
        assertThat(read.reason()).isEqualTo("Priya is hiring data engineers; Sam is looking");
        assertThat(read.state()).isEqualTo(IntroState.PROPOSED);
        assertThat(read.open()).isTrue();
        assertThat(read.proposedOn()).isEqualTo(TODAY.minusDays(3));
        assertThat(read.steps()).containsExactly(new Introduction.Step(TODAY.minusDays(3), "proposed", null, null));
        assertThat(read.createdAt()).isEqualTo(NOW);
        assertThat(rows("touchpoint")).isZero();
        assertThat(((Number) row(read).get("proposed_day")).longValue()).isEqualTo(day(TODAY.minusDays(3)));
    }

    @Test
    void askingASideIsATouchpointOutOnTheirTimelineOnly() {
        Introduction intro = propose(TODAY.minusDays(5));

        Introduction asked = step(intro, IntroStep.asked(sam.id(), TODAY.minusDays(4)).withChannel("email"));

        assertThat(asked.state()).isEqualTo(IntroState.PROPOSED);
        assertThat(asked.personA().answer()).isEqualTo(OptIn.ASKED);
        assertThat(asked.personA().askedOn()).isEqualTo(TODAY.minusDays(4));
        assertThat(asked.personB().answer()).isNull();
        List<Touchpoint> samsTimeline = timeline(sam);
        assertThat(samsTimeline).hasSize(1);
        assertThat(samsTimeline.get(0).note()).isEqualTo("Asked whether they'd like to meet Priya Raman");
        assertThat(samsTimeline.get(0).direction()).isEqualTo(Direction.OUT);
        assertThat(samsTimeline.get(0).channel()).isEqualTo(Channel.EMAIL);
        assertThat(samsTimeline.get(0).on()).isEqualTo(TODAY.minusDays(4));
        assertThat(timeline(priya)).isEmpty();
        assertThat(kith.people().get(owner(), sam.id()).lastTouchOn()).isEqualTo(TODAY.minusDays(4));
        assertThat(row(asked)).containsEntry("a_answer", "asked");
        assertThat(((Number) row(asked).get("a_asked_day")).longValue()).isEqualTo(day(TODAY.minusDays(4)));
    }

    @Test
    void bothAgreeingThenTheIntroductionAndHowItWentWalkTheWholeWay() {
        Introduction intro = propose(TODAY.minusDays(20));
        step(intro, IntroStep.asked(sam.id(), TODAY.minusDays(19)));
        step(intro, IntroStep.asked(priya.id(), TODAY.minusDays(19)));
        step(intro, IntroStep.agreed(sam.id(), TODAY.minusDays(18)));
        Introduction agreed = step(intro, IntroStep.agreed(priya.id(), TODAY.minusDays(17)).withNote("keen"));

        assertThat(agreed.personA().answer()).isEqualTo(OptIn.AGREED);
        assertThat(agreed.personA().answeredOn()).isEqualTo(TODAY.minusDays(18));
        assertThat(agreed.personB().answer()).isEqualTo(OptIn.AGREED);
        assertThat(agreed.state()).isEqualTo(IntroState.PROPOSED);
        assertThat(timeline(priya).get(0).note()).isEqualTo("Agreed to meet Sam Okafor — keen");
        assertThat(timeline(priya).get(0).direction()).isEqualTo(Direction.IN);

        Introduction introduced = step(intro, IntroStep.introduced(TODAY.minusDays(15), "email"));

        assertThat(introduced.state()).isEqualTo(IntroState.INTRODUCED);
        assertThat(introduced.introducedOn()).isEqualTo(TODAY.minusDays(15));
        assertThat(introduced.channel()).isEqualTo(Channel.EMAIL);
        assertThat(timeline(sam).get(0).note()).isEqualTo("Introduced to Priya Raman");
        assertThat(timeline(sam).get(0).direction()).isEqualTo(Direction.OUT);
        assertThat(timeline(priya).get(0).note()).isEqualTo("Introduced to Sam Okafor");
        assertThat(timeline(priya).get(0).on()).isEqualTo(TODAY.minusDays(15));
        assertThat(kith.people().get(owner(), priya.id()).lastTouchOn()).isEqualTo(TODAY.minusDays(15));

        Introduction met = step(intro, IntroStep.outcome("met", TODAY));

        assertThat(met.state()).isEqualTo(IntroState.MET);
        assertThat(met.open()).isFalse();
        assertThat(met.closedOn()).isEqualTo(TODAY);
        assertThat(met.steps()).extracting(Introduction.Step::kind).containsExactly("proposed", "asked", "asked",
                "agreed", "agreed", "introduced", "met");
        assertThat(met.steps().get(4)).isEqualTo(new Introduction.Step(TODAY.minusDays(17), "agreed", priya.id(), "keen"));
        assertThat(rows("introduction_event")).isEqualTo(7);
        assertThat(timeline(sam)).hasSize(3);
        assertThat(timeline(priya)).hasSize(3);
        assertThat(row(met)).containsEntry("state", "met").containsEntry("a_answer", "agreed")
                .containsEntry("b_answer", "agreed").containsEntry("channel", "email");
        assertThat(((Number) row(met).get("introduced_day")).longValue()).isEqualTo(day(TODAY.minusDays(15)));
        assertThat(((Number) row(met).get("closed_day")).longValue()).isEqualTo(day(TODAY));
    }

    @Test
    void eachOutcomeClosesTheIntroduction() {
        for (String outcome : List.of("met", "no-reply", "not-a-fit")) {
            Introduction intro = propose(TODAY.minusDays(3));
            step(intro, IntroStep.asked(sam.id(), TODAY.minusDays(3)));
            step(intro, IntroStep.asked(priya.id(), TODAY.minusDays(3)));
            step(intro, IntroStep.agreed(sam.id(), TODAY.minusDays(2)));
            step(intro, IntroStep.agreed(priya.id(), TODAY.minusDays(2)));
            step(intro, IntroStep.introduced(TODAY.minusDays(1), null));

            Introduction closed = step(intro, IntroStep.outcome(outcome, TODAY));

            assertThat(closed.state().key()).isEqualTo(outcome);
            assertThat(closed.open()).isFalse();
            assertThat(closed.channel()).isEqualTo(Channel.OTHER);
            assertThat(row(closed)).containsEntry("state", outcome);
        }
    }

    @Test
    void aSideDecliningClosesTheIntroductionAsDeclined() {
        Introduction intro = propose(TODAY.minusDays(5));
        step(intro, IntroStep.asked(sam.id(), TODAY.minusDays(4)));
        step(intro, IntroStep.asked(priya.id(), TODAY.minusDays(4)));
        step(intro, IntroStep.agreed(sam.id(), TODAY.minusDays(3)));

        Introduction declined = step(intro, IntroStep.declined(priya.id(), TODAY.minusDays(1)));

        assertThat(declined.state()).isEqualTo(IntroState.DECLINED);
        assertThat(declined.closedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(declined.personB().answer()).isEqualTo(OptIn.DECLINED);
        assertThat(declined.personB().answeredOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(timeline(priya).get(0).note()).isEqualTo("Declined to meet Sam Okafor");
        assertThat(timeline(priya).get(0).direction()).isEqualTo(Direction.IN);
        assertThat(row(declined)).containsEntry("state", "declined").containsEntry("b_answer", "declined");
    }

    @Test
    void askingASideAgainBeforeTheyAnswerIsAFollowUp() {
        Introduction intro = propose(TODAY.minusDays(10));
        step(intro, IntroStep.asked(sam.id(), TODAY.minusDays(9)));

        Introduction again = step(intro, IntroStep.asked(sam.id(), TODAY));

        assertThat(again.personA().answer()).isEqualTo(OptIn.ASKED);
        assertThat(again.personA().askedOn()).isEqualTo(TODAY);
        assertThat(timeline(sam).get(0).note()).isEqualTo("Followed up: would they like to meet Priya Raman?");
        assertThat(((Number) row(again).get("a_asked_day")).longValue()).isEqualTo(day(TODAY));
    }

    @Test
    void aPairMayBeIntroducedAgainOnceTheirLastIntroductionIsClosed() {
        Introduction first = propose(TODAY.minusDays(5));
        step(first, IntroStep.asked(priya.id(), TODAY.minusDays(5)));
        step(first, IntroStep.declined(priya.id(), TODAY.minusDays(4)));

        Introduction second = kith.introductions().propose(owner(),
                new NewIntroduction(priya.id(), sam.id(), "Priya has a new team", TODAY), TODAY);

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.personA().id()).isEqualTo(priya.id());
        assertThat(second.state()).isEqualTo(IntroState.PROPOSED);
    }

    @Test
    void introductionsAreListedNewestFirstByOpenClosedStateAndPerson() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        Introduction samPriya = propose(TODAY.minusDays(5));
        Introduction adaSam = kith.introductions().propose(owner(), new NewIntroduction(ada.id(), sam.id(), "engines", null),
                TODAY);
        Introduction adaPriya = kith.introductions().propose(owner(), new NewIntroduction(ada.id(), priya.id(), "maths", null),
                TODAY);
        step(adaPriya, IntroStep.asked(ada.id(), TODAY));
        step(adaPriya, IntroStep.declined(ada.id(), TODAY));

        assertThat(ids(IntroQuery.all())).containsExactly(adaPriya.id(), adaSam.id(), samPriya.id());
        assertThat(ids(IntroQuery.all().onlyOpen())).containsExactly(adaSam.id(), samPriya.id());
        assertThat(ids(new IntroQuery(false, null, null, 100, 0))).containsExactly(adaPriya.id());
        assertThat(ids(new IntroQuery(null, "declined", null, 100, 0))).containsExactly(adaPriya.id());
        assertThat(ids(new IntroQuery(true, "declined", null, 100, 0))).isEmpty();
        assertThat(ids(IntroQuery.all().withPerson(sam.id()))).containsExactly(adaSam.id(), samPriya.id());
        assertThat(ids(IntroQuery.all().page(1, 1))).containsExactly(adaSam.id());
        assertThat(kith.introductions().ofPerson(owner(), priya.id())).extracting(Introduction::id)
                .containsExactly(adaPriya.id(), samPriya.id());
        assertThat(kith.introductions().ofPerson(owner(), ada.id())).extracting(Introduction::id)
                .containsExactly(adaPriya.id(), adaSam.id());
    }

    @Test
    void countsFollowTheFunnelFromProposedToHowItWent() {
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        Person alan = kith.people().add(owner(), PersonDraft.named("Alan Turing"), TODAY);
        introduce(propose(TODAY.minusDays(5)), "met");
        introduce(kith.introductions().propose(owner(), new NewIntroduction(ada.id(), alan.id(), "codes", TODAY.minusDays(5)),
                TODAY), null);
        Introduction declined = kith.introductions().propose(owner(), new NewIntroduction(ada.id(), sam.id(), "x", null), TODAY);
        step(declined, IntroStep.asked(sam.id(), TODAY));
        step(declined, IntroStep.declined(sam.id(), TODAY));
        kith.introductions().propose(owner(), new NewIntroduction(alan.id(), priya.id(), "y", null), TODAY);

        assertThat(kith.introductions().counts(owner())).isEqualTo(new IntroCounts(4, 1, 2, 1, 0, 0));
        assertThat(kith.introductions().counts(anotherAccount())).isEqualTo(new IntroCounts(0, 0, 0, 0, 0, 0));
    }

    @Test
    void anIntroductionWithADeletedPersonIsOutOfSightUntilTheyAreRestored() {
        Introduction intro = propose(TODAY);
        step(intro, IntroStep.asked(priya.id(), TODAY));
        kith.people().delete(owner(), priya.id());

        assertThat(kith.introductions().list(owner(), IntroQuery.all())).isEmpty();
        assertThat(kith.introductions().ofPerson(owner(), sam.id())).isEmpty();
        assertThat(kith.planner().today(kith.accounts().owner(), TODAY.plusDays(30), 0).items())
                .noneMatch(i -> i.kind().equals("intro"));

        kith.people().restore(owner(), priya.id());

        assertThat(kith.introductions().get(owner(), intro.id()).personB().name()).isEqualTo("Priya Raman");
        assertThat(kith.planner().today(kith.accounts().owner(), TODAY.plusDays(30), 0).items())
                .anyMatch(i -> i.kind().equals("intro"));
    }

    @Test
    void pagesCountOnlyTheIntroductionsShown() {
        Introduction samPriya = propose(TODAY);
        Person ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY);
        kith.introductions().propose(owner(), new NewIntroduction(ada.id(), sam.id(), "engines", null), TODAY);
        kith.people().delete(owner(), ada.id());

        assertThat(ids(IntroQuery.all().page(1, 0))).containsExactly(samPriya.id());
        assertThat(ids(IntroQuery.all().page(1, 1))).isEmpty();
    }

    private void introduce(Introduction intro, String outcome) {
        LocalDate on = intro.proposedOn();
        step(intro, IntroStep.asked(intro.personA().id(), on));
        step(intro, IntroStep.asked(intro.personB().id(), on));
        step(intro, IntroStep.agreed(intro.personA().id(), on));
        step(intro, IntroStep.agreed(intro.personB().id(), on));
        step(intro, IntroStep.introduced(on, "video"));
        if (outcome != null) {
            step(intro, IntroStep.outcome(outcome, TODAY));
        }
    }

    private List<Long> ids(IntroQuery query) {
        return kith.introductions().list(owner(), query).stream().map(Introduction::id).toList();
    }
}
