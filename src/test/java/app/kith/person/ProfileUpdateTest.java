package app.kith.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A profile change in the words of a timeline, and which changes are a new job. */
class ProfileUpdateTest {

    private static ProfileUpdate update(FieldChange... changes) {
        return new ProfileUpdate(1, LocalDate.of(2026, 12, 3), "LinkedIn import", List.of(changes));
    }

    @Test
    void aNewRoleAtTheSameCompanySaysWhere() {
        ProfileUpdate u = update(new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Stripe", "Stripe"));

        assertThat(u.sentence()).isEqualTo("Role: Engineer → Staff Engineer at Stripe");
        assertThat(u.isJobChange()).isTrue();
    }

    @Test
    void aNewRoleAtANewCompanySaysBoth() {
        ProfileUpdate u = update(new FieldChange("role", "Engineer", "Staff Engineer"), new FieldChange("company", "Acme", "Stripe"),
                new FieldChange("location", "London", "Dublin"));

        assertThat(u.sentence()).isEqualTo("Role: Engineer at Acme → Staff Engineer at Stripe · Location: London → Dublin");
    }

    @Test
    void aNewCompanyAloneIsACompanyChange() {
        assertThat(update(new FieldChange("company", "Acme", "Stripe"), new FieldChange("role", "Engineer", "engineer"))
                .sentence()).isEqualTo("Company: Acme → Stripe");
        assertThat(update(new FieldChange("company", "Acme", "Stripe"), new FieldChange("role", null, "CTO")).sentence())
                .isEqualTo("Company: Acme → Stripe · Role: CTO");
    }

    @Test
    void whatWasNotKnownBeforeIsNoJobChange() {
        ProfileUpdate u = update(new FieldChange("role", null, "Engineer"), new FieldChange("company", null, "Stripe"));

        assertThat(u.sentence()).isEqualTo("Role: Engineer at Stripe");
        assertThat(u.isJobChange()).isFalse();
        assertThat(update(new FieldChange("location", "London", "Berlin")).isJobChange()).isFalse();
    }
}
