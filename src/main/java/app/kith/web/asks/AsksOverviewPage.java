package app.kith.web.asks;

import app.kith.Counts;
import app.kith.account.Account;
import app.kith.ask.Ask;
import app.kith.ask.AskStats;
import app.kith.ask.Asks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every ask, and what became of them: the figure that shows how rarely anyone says no. */
@Controller
class AsksOverviewPage {

    private final Asks asks;
    private final Clock clock;

    AsksOverviewPage(Asks asks, Clock clock) {
        this.asks = asks;
        this.clock = clock;
    }

    @GetMapping("/asks")
    String show(Account account, Model model) {
        LocalDate today = account.today(clock);
        List<Ask> all = asks.list(account, null, null, null, today);
        AskStats s = asks.stats(account, null, today);
        Counts atSomePoint = Counts.of().add(s.punted(), "punted").add(s.ignored(), "ignored");
        String summary = s.asked() == 0 ? null : s.asked() + " asked: " + Counts.of().add(s.yes(), "yes")
                .add(s.no(), "no").add(s.dropped(), "dropped").add(s.open(), "still open") + "."
                + (atSomePoint.isEmpty() ? "" : " At some point " + atSomePoint.toString().replace(", ", " and ") + ".");
        String noShare = s.asked() == 0 ? null : String.format(Locale.ROOT,
                "Said no: %d of %d (%.0f%%). Punted or ignored at first, then answered after a follow-up: that is most of the rest.",
                s.no(), s.asked(), 100.0 * s.no() / s.asked());
        model.addAttribute("asks", new AsksView(summary, noShare,
                all.stream().filter(Ask::open).map(a -> row(a, today)).toList(),
                all.stream().filter(a -> !a.open()).map(a -> row(a, today)).toList()));
        return "asks";
    }

    private static AsksView.Row row(Ask a, LocalDate today) {
        return new AsksView.Row(a.person().id(), a.person().name(), PersonAsks.row(a, today));
    }
}
