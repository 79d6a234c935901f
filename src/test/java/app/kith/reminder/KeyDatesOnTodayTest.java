package app.kith.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.StoreTest;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.NewTouchpoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key dates on Today, on real data (TODAY is Monday 2 March 2026). */
class KeyDatesOnTodayTest extends StoreTest {

    private Person person(String name, String birthday) {
        return kith.people().add(owner(), new PersonDraft(name, null, null, null, null, null, null, birthday, null, null,
                null, null, null, null, null), TODAY.minusDays(10));
    }

    private KeyDate add(Person p, String label, LocalDate on, boolean yearly) {
        return kith.keyDates().add(owner(), new NewKeyDate(p.id(), label, on, yearly));
    }

    private List<TodayItem.KeyDate> dates(LocalDate day) {
        return kith.planner().today(kith.accounts().owner(), day, 0).items().stream()
                .filter(i -> i instanceof TodayItem.KeyDate).map(TodayItem.KeyDate.class::cast).toList();
    }

    @Test
    void aYearlyDateComesEachYearOnItsDaySayingTheYearsSince() {
        Person ada = person("Ada Lovelace", null);
        KeyDate k = add(ada, "work anniversary", LocalDate.of(2021, 3, 2), true);

        TodayItem.KeyDate item = dates(TODAY).get(0);
        assertThat(item.kind()).isEqualTo("key-date");
        assertThat(item.reason()).isEqualTo("5 years since work anniversary");
        assertThat(item.years()).isEqualTo(5);
        assertThat(item.keyDate()).isEqualTo(new TodayItem.KeyDateRef(k.id(), "work anniversary", k.on(), true));
        assertThat(dates(TODAY.plusDays(1))).isEmpty();
        assertThat(dates(TODAY.minusDays(1))).isEmpty();
        assertThat(dates(TODAY.plusYears(1)).get(0).reason()).isEqualTo("6 years since work anniversary");
        assertThat(dates(LocalDate.of(2022, 3, 2)).get(0).reason()).isEqualTo("1 year since work anniversary");
        assertThat(dates(LocalDate.of(2020, 3, 2))).as("not before its first year").isEmpty();
    }

    @Test
    void aDateOnceComesOnThatDayOnly() {
        Person mia = person("Mia Mother", null);
        add(mia, "Mia's birthday party", TODAY.plusDays(5), false);

        assertThat(dates(TODAY.plusDays(5))).extracting(TodayItem::reason).containsExactly("Today: Mia's birthday party");
        assertThat(dates(TODAY.plusDays(5)).get(0).years()).isNull();
        assertThat(dates(TODAY.plusDays(5).plusYears(1))).isEmpty();
    }

    @Test
    void aTwentyNinthOfFebruaryIsOnTheTwentyEighthInOtherYears() {
        Person leo = person("Leo Leap", null);
        add(leo, "moved to Berlin", LocalDate.of(2024, 2, 29), true);

        assertThat(dates(LocalDate.of(2026, 2, 28))).extracting(TodayItem::reason)
                .containsExactly("2 years since moved to Berlin");
        assertThat(dates(LocalDate.of(2028, 2, 28))).isEmpty();
        assertThat(dates(LocalDate.of(2028, 2, 29))).extracting(TodayItem::reason)
                .containsExactly("4 years since moved to Berlin");
    }

    @Test
    void actedOnLikeABirthdayAndABirthdayComesFirst() {
        Person logged = person("Logged", null);
        Person asleep = person("Asleep", null);
        Person born = person("Born Today", "1990-03-02");
        add(logged, "work anniversary", LocalDate.of(2020, 3, 2), true);
        add(asleep, "work anniversary", LocalDate.of(2020, 3, 2), true);
        add(born, "work anniversary", LocalDate.of(2020, 3, 2), true);
        kith.clocks().snooze(owner(), asleep.id(), TODAY.plusDays(3), TODAY.minusDays(1));
        kith.touchpoints().log(owner(), new NewTouchpoint(logged.id(), TODAY, "call", "out", null), TODAY);

        assertThat(dates(TODAY)).extracting(i -> i.person().name() + " " + i.action().key())
                .containsExactly("Logged logged");
        assertThat(kith.planner().today(kith.accounts().owner(), TODAY, 0).items())
                .extracting(i -> i.kind() + " " + i.person().name())
                .containsExactly("birthday Born Today", "key-date Logged");
    }

    @Test
    void keyDatesAreListedAddedAndDeletedPerPersonAndAccount() {
        Person ada = person("Ada Lovelace", null);
        KeyDate later = add(ada, "moved to Berlin", LocalDate.of(2019, 9, 1), false);
        KeyDate sooner = add(ada, "work anniversary", LocalDate.of(2021, 4, 1), true);
        long other = anotherAccount();

        assertThat(kith.keyDates().of(owner(), ada.id())).containsExactly(sooner, later);
        assertThatThrownBy(() -> kith.keyDates().of(other, ada.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.keyDates().delete(other, ada.id(), sooner.id())).isInstanceOf(NotFound.class);
        kith.keyDates().delete(owner(), ada.id(), sooner.id());
        assertThat(kith.keyDates().of(owner(), ada.id())).containsExactly(later);
    }

    @Test
    void aKeyDateWithoutLabelOrDateIsRefusedNamingEachField() {
        Person ada = person("Ada Lovelace", null);

        assertThatThrownBy(() -> kith.keyDates().add(owner(), new NewKeyDate(ada.id(), "", null, true)))
                .isInstanceOfSatisfying(Invalid.class,
                        e -> assertThat(e.all()).extracting(Invalid::field).containsExactly("label", "on"));
        assertThat(rows("key_date")).isZero();
    }
}
