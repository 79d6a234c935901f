package app.kith.api;

import app.kith.Fields;
import app.kith.account.Account;
import app.kith.insight.Insights;
import app.kith.insight.InsightsView;
import app.kith.insight.WeekReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "insights", description = "How the network is doing: rhythm, backlog, reciprocity, streak, asks,"
        + " introductions, dormant and weak ties; and the weekly review.")
class InsightsController {

    private final Insights insights;
    private final Clock clock;

    InsightsController(Insights insights, Clock clock) {
        this.insights = insights;
        this.clock = clock;
    }

    @GetMapping("/api/v1/insights")
    @Operation(summary = "Today's figures: who is in rhythm (per circle, at each of the last 12 month ends), the backlog"
            + " and rhythm budget, touchpoints per ISO week, the reach-out streak, asks and introductions by outcome,"
            + " dormant ties with a check-in starter, and with a goal the weak ties who fit it")
    InsightsView insights(@AuthenticationPrincipal Account account,
                          @Parameter(description = "What you are after (\"looking for work in data engineering\")")
                          @RequestParam(required = false) String goal) {
        return insights.insights(account, account.today(clock), goal);
    }

    @GetMapping("/api/v1/insights/week")
    @Operation(summary = "The weekly review: touchpoints day by day, the people reached, who you reconnected with after a"
            + " long silence, the steps asks and introductions took, and for the current week the planner's lists of the"
            + " next seven days")
    WeekReview week(@AuthenticationPrincipal Account account,
                    @Parameter(description = "The Monday the week starts on (default: the current week's)")
                    @RequestParam(required = false) String week) {
        return insights.week(account, account.today(clock),
                week == null || week.isBlank() ? null : Fields.date("week", week));
    }
}
