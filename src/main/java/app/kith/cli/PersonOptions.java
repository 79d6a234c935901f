package app.kith.cli;

import app.kith.person.PersonDraft;
import java.util.List;
import picocli.CommandLine.Option;

/** The fields of a person as options, shared by {@code add} and {@code edit}: set options replace the field. */
final class PersonOptions {

    @Option(names = "--email", paramLabel = "E", description = "An email address (repeat for several).")
    List<String> emails;

    @Option(names = "--phone", paramLabel = "P", description = "A phone number (repeat for several).")
    List<String> phones;

    @Option(names = "--every", paramLabel = "DAYS", description = "Their own rhythm: get in touch every DAYS days.")
    Integer every;

    @Option(names = "--circle", paramLabel = "NAME",
            description = "A circle they are in (repeat for several). Weekly, Monthly, Quarterly and Yearly are made on first use.")
    List<String> circles;

    @Option(names = "--why", paramLabel = "WHY", description = "Why they matter: awesome, connector or both.")
    String why;

    @Option(names = "--topics", paramLabel = "a,b", split = ",", description = "What they know about, comma-separated.")
    List<String> topics;

    @Option(names = "--looking-for", paramLabel = "a,b", split = ",",
            description = "What they need someone for, comma-separated: Kith suggests introductions to the people whose topics say it.")
    List<String> lookingFor;

    @Option(names = "--company", paramLabel = "C")
    String company;

    @Option(names = "--role", paramLabel = "R")
    String role;

    @Option(names = "--location", paramLabel = "L")
    String location;

    @Option(names = "--linkedin", paramLabel = "URL", description = "Their LinkedIn profile address.")
    String linkedin;

    @Option(names = "--birthday", paramLabel = "DATE", description = "YYYY-MM-DD, or --MM-DD without the year.")
    String birthday;

    @Option(names = "--how-we-met", paramLabel = "TEXT")
    String howWeMet;

    @Option(names = "--notes", paramLabel = "MARKDOWN")
    String notes;

    PersonDraft apply(PersonDraft base) {
        return new PersonDraft(base.name(), or(emails, base.emails()), or(phones, base.phones()), or(company, base.company()),
                or(role, base.role()), or(location, base.location()), or(linkedin, base.linkedinUrl()),
                or(birthday, base.birthday()), or(howWeMet, base.howWeMet()), or(topics, base.topics()), or(why, base.why()),
                or(notes, base.notes()), every != null ? every : base.rhythmDays(), or(circles, base.circles()),
                base.startedOn(), or(lookingFor, base.lookingFor()));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
