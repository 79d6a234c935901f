package app.kith.web.insights;

import app.kith.Fields;
import app.kith.account.Account;
import app.kith.insight.Insights;
import app.kith.insight.WeekReview;
import app.kith.web.Avatar;
import app.kith.web.Avatars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly review: what you did this week (or the week starting on {@code week}, a Monday), who
 * you reconnected with, and what is coming in the next seven days. A week that is not a Monday's
 * is refused with the reason.
 */
@Controller
class WeekPage {

    private final Insights insights;
    private final Avatars avatars;
    private final Clock clock;

    WeekPage(Insights insights, Avatars avatars, Clock clock) {
        this.insights = insights;
        this.avatars = avatars;
        this.clock = clock;
    }

    @GetMapping("/insights/week")
    String week(Account account, @RequestParam(required = false) String week, Model model) {
        LocalDate today = account.today(clock);
        LocalDate monday = week == null || week.isBlank() ? null : Fields.date("week", week);
        WeekReview review = insights.week(account, today, monday);
        Map<Long, Avatar> faces = avatars.of(account.id(), Stream.concat(
                review.reconnected().stream().map(c -> new Avatars.Who(c.person().id(), c.person().name())),
                review.coming().stream().flatMap(c -> c.items().stream())
                        .map(i -> new Avatars.Who(i.person().id(), i.person().name()))).toList());
        model.addAttribute("view", WeekPictures.of(review, faces, today));
        return "insights-week";
    }
}
