package app.kith.person;

import java.time.LocalDate;
import java.util.List;

/**
 * What one source ({@code "LinkedIn import"}) changed about a person on a day, for their timeline.
 * {@link #sentence} says it: "Role: Engineer → Staff Engineer at Stripe".
 */
public record ProfileUpdate(long personId, LocalDate on, String source, List<FieldChange> changes) {

    /** The change in words, the job first: "Role: Engineer at Acme → Staff Engineer at Stripe · Location: London → Berlin". */
    public String sentence() {
        FieldChange role = field("role");
        FieldChange company = field("company");
        StringBuilder s = new StringBuilder();
        boolean roleMoved = role != null && role.changes();
        boolean companyMoved = company != null && company.changes();
        if (roleMoved && (role.before() != null || !companyMoved || company.before() == null)) {
            // "Engineer → Staff Engineer at Stripe"; the old company only when it changed too.
            String was = role.before() == null ? "" : job(role.before(), companyMoved ? company.before() : null) + " → ";
            s.append("Role: ").append(was).append(job(role.after(), company == null ? null : company.after()));
        } else if (companyMoved) {
            s.append("Company: ").append(company.before() == null ? "" : company.before() + " → ").append(company.after());
            if (roleMoved) {
                s.append(" · Role: ").append(role.after());
            }
        }
        for (FieldChange c : changes) {
            if (!c.field().equals("role") && !c.field().equals("company") && c.changes()) {
                s.append(s.isEmpty() ? "" : " · ").append(label(c.field())).append(": ")
                        .append(c.before() == null ? "" : c.before() + " → ").append(c.after());
            }
        }
        return s.toString();
    }

    /** A new role or company where there was one before: what a congratulation is about. */
    public boolean isJobChange() {
        FieldChange role = field("role");
        FieldChange company = field("company");
        return role != null && role.changes() && role.before() != null
                || company != null && company.changes() && company.before() != null;
    }

    FieldChange field(String name) {
        return changes.stream().filter(c -> c.field().equals(name)).findFirst().orElse(null);
    }

    private static String job(String role, String company) {
        return company == null || company.isBlank() ? role : role + " at " + company;
    }

    private static String label(String field) {
        return field.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + field.substring(1);
    }
}
