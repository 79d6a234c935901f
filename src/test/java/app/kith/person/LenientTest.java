package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What Kith would refuse is left out of a draft, one value at a time, each with why; the rest is kept. */
class LenientTest {

    private static PersonDraft draft(List<String> emails, List<String> phones, String linkedin, String birthday,
                                     String why, Integer rhythm) {
        return new PersonDraft("Ada Lovelace", emails, phones, "Engines", "Analyst", "London", linkedin, birthday, null,
                List.of("math"), why, null, rhythm, List.of("Clients"), null);
    }

    @Test
    void aGoodDraftIsKeptWhole() {
        PersonDraft d = draft(List.of("ada@example.com"), List.of("+44 7700 900123"), "linkedin.com/in/ada", "--12-10",
                "both", 30);

        Lenient l = Lenient.of(d);

        assertThat(l.dropped()).isEmpty();
        assertThat(l.draft()).isEqualTo(d);
    }

    @Test
    void eachBadValueIsLeftOutWithWhyAndTheGoodOnesStay() {
        Lenient l = Lenient.of(draft(List.of("ada@example.com", "ada@@example"), List.of("call me", "+44 7700 900123"),
                "https://example.com/ada", "31/02/1990", "very", 0));

        assertThat(l.dropped()).containsExactly(
                new Lenient.Dropped("emails", "ada@@example", "is not an email address"),
                new Lenient.Dropped("phones", "call me", "is not a phone number"),
                new Lenient.Dropped("linkedinUrl", "https://example.com/ada", "is not a LinkedIn address"),
                new Lenient.Dropped("birthday", "31/02/1990", "is not a date"),
                new Lenient.Dropped("why", "very", "is not awesome, connector or both"),
                new Lenient.Dropped("rhythmDays", "0", "is not a rhythm of 1 to 3650 days"));
        assertThat(l.draft().emails()).containsExactly("ada@example.com");
        assertThat(l.draft().phones()).containsExactly("+44 7700 900123");
        assertThat(l.draft().linkedinUrl()).isNull();
        assertThat(l.draft().birthday()).isNull();
        assertThat(l.draft().company()).isEqualTo("Engines");
        assertThat(l.draft().circles()).containsExactly("Clients");
    }

    @Test
    void aBirthdayBefore1900TooLongTextAndMoreEmailsThanAPersonHoldsAreSaid() {
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            emails.add("ada" + i + "@example.com");
        }
        PersonDraft d = new PersonDraft("Ada", emails, List.of(), "x".repeat(201), null, null, null, "1850-01-01", null,
                List.of(), null, null, null, List.of("y".repeat(61)), LocalDate.of(1800, 1, 1));

        Lenient l = Lenient.of(d);

        assertThat(l.dropped()).extracting(Lenient.Dropped::field, Lenient.Dropped::why).containsExactly(
                org.assertj.core.groups.Tuple.tuple("emails", "is one more than the 20 Kith keeps"),
                org.assertj.core.groups.Tuple.tuple("company", "is longer than 200 characters"),
                org.assertj.core.groups.Tuple.tuple("birthday", "is before 1900"),
                org.assertj.core.groups.Tuple.tuple("circles", "is longer than 60 characters"),
                org.assertj.core.groups.Tuple.tuple("startedOn", "is not between 1900-01-01 and 2999-12-31"));
        assertThat(l.draft().emails()).hasSize(20);
        assertThat(l.draft().startedOn()).isNull();
    }
}
