package app.kith.web.asks;

import app.kith.Counts;
import app.kith.account.Account;
import app.kith.message.Messages;
import app.kith.ask.Ask;
import app.kith.ask.AskStats;
import app.kith.ask.Asks;
import app.kith.web.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the asks section of a person's page. */
@Component
public class PersonAsks {

    /** The flash attribute that carries a refused or just-recorded ask back to the page without JavaScript. */
    public static final String FLASH = "asksCarried";

    /** What the asks section shows after a redirect. */
    public record Carried(String text, String on, Map<String, String> errors, String notice) implements java.io.Serializable {
    }

    private final Asks asks;
    private final Clock clock;

    PersonAsks(Asks asks, Clock clock) {
        this.asks = asks;
        this.clock = clock;
    }

    public PersonAsksView view(Account account, long personId, String name, Carried carried) {
        return carried == null ? view(account, personId, name, "", null, Map.of(), null)
                : view(account, personId, name, carried.text(), carried.on(), carried.errors(), carried.notice());
    }

    public PersonAsksView view(Account account, long personId, String name, String text, String on, Map<String, String> errors,
                        String notice) {
        LocalDate today = account.today(clock);
        List<AskRow> rows = asks.list(account, null, null, personId, today).stream().map(a -> row(a, today)).toList();
        AskStats stats = asks.stats(account, personId, today);
        Counts atSomePoint = Counts.of().add(stats.punted(), "punted").add(stats.ignored(), "ignored");
        String summary = stats.asked() == 0 ? null : Counts.noun(stats.asked(), "ask", "asks") + ": " + Counts.of()
                .add(stats.yes(), "yes").add(stats.no(), "no").add(stats.dropped(), "dropped").add(stats.open(), "open")
                + "." + (atSomePoint.isEmpty() ? "" : " At some point " + atSomePoint.toString().replace(", ", " and ") + ".");
        return new PersonAsksView(personId, Messages.firstName(name), rows, summary, text,
                on == null ? today.toString() : on, today.toString(), errors, notice);
    }

    static AskRow row(Ask a, LocalDate today) {
        String status = switch (a.status()) {
            case "ignored" -> "No answer for " + ChronoUnit.DAYS.between(a.lastActivityOn(), today) + " days: follow up";
            case "due" -> "Punted to " + Dates.date(a.puntedTo()) + ": follow up now";
            case "punted" -> "Punted to " + Dates.date(a.puntedTo());
            case "waiting" -> "Waiting since " + Dates.date(a.lastActivityOn())
                    + (a.followUps() > 0 ? " (followed up " + a.followUps() + "×)" : "");
            case "yes" -> "Yes, on " + Dates.date(a.closedOn());
            case "no" -> "No, on " + Dates.date(a.closedOn());
            default -> "Dropped on " + Dates.date(a.closedOn());
        };
        return new AskRow(a.id(), a.text(), Dates.date(a.askedOn()), status, a.open(),
                "ignored".equals(a.status()) || "due".equals(a.status()));
    }
}
