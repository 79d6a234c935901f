package app.kith.web;

import app.kith.account.Account;
import app.kith.message.Messages;
import app.kith.ask.Ask;
import app.kith.ask.AskStats;
import app.kith.ask.Asks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Builds the asks section of a person's page. */
@Component
class PersonAsks {

    /** The flash attribute that carries a refused or just-recorded ask back to the page without JavaScript. */
    static final String FLASH = "asksCarried";

    /** What the asks section shows after a redirect. */
    record Carried(String text, String on, Map<String, String> errors, String notice) {
    }

    private final Asks asks;
    private final Clock clock;

    PersonAsks(Asks asks, Clock clock) {
        this.asks = asks;
        this.clock = clock;
    }

    PersonAsksView view(Account account, long personId, String name, Carried carried) {
        return carried == null ? view(account, personId, name, "", null, Map.of(), null)
                : view(account, personId, name, carried.text(), carried.on(), carried.errors(), carried.notice());
    }

    PersonAsksView view(Account account, long personId, String name, String text, String on, Map<String, String> errors,
                        String notice) {
        LocalDate today = account.today(clock);
        List<AskRow> rows = asks.list(account, null, null, personId, today).stream().map(a -> row(a, today)).toList();
        AskStats stats = asks.stats(account, personId, today);
        String summary = stats.asked() == 0 ? null
                : stats.asked() + (stats.asked() == 1 ? " ask: " : " asks: ") + stats.yes() + " yes, " + stats.no() + " no, "
                        + stats.punted() + " punted and " + stats.ignored() + " ignored at some point, " + stats.dropped()
                        + " dropped, " + stats.open() + " open.";
        return new PersonAsksView(personId, Messages.firstName(name), rows, summary, text,
                on == null ? today.toString() : on, today.toString(), errors, notice);
    }

    static AskRow row(Ask a, LocalDate today) {
        String status = switch (a.status()) {
            case "ignored" -> "No answer for " + ChronoUnit.DAYS.between(a.lastActivityOn(), today) + " days: follow up";
            case "due" -> "Punted to " + Days.date(a.puntedTo()) + ": follow up now";
            case "punted" -> "Punted to " + Days.date(a.puntedTo());
            case "waiting" -> "Waiting since " + Days.date(a.lastActivityOn())
                    + (a.followUps() > 0 ? " (followed up " + a.followUps() + "×)" : "");
            case "yes" -> "Yes, on " + Days.date(a.closedOn());
            case "no" -> "No, on " + Days.date(a.closedOn());
            default -> "Dropped on " + Days.date(a.closedOn());
        };
        return new AskRow(a.id(), a.text(), Days.date(a.askedOn()), status, a.open(),
                "ignored".equals(a.status()) || "due".equals(a.status()));
    }
}
