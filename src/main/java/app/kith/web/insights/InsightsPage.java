package app.kith.web.insights;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.insight.Insights;
import app.kith.insight.InsightsView;
import app.kith.insight.InsightsView.DormantTie;
import app.kith.insight.InsightsView.WeakTie;
import app.kith.message.Message;
import app.kith.person.People;
import app.kith.web.Avatar;
import app.kith.web.Avatars;
import app.kith.web.Dates;
import app.kith.web.StarterView;
import app.kith.web.Wording;
import app.kith.web.insights.InsightsPageView.Goal;
import app.kith.web.insights.InsightsPageView.Tie;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Insights: how the network is doing, in pictures drawn on the server (see {@link Charts}), each
 * with its figures in words beside it. A goal too long is refused next to its field; the rest of
 * the page shows as without one.
 */
@Controller
class InsightsPage {

    private final Insights insights;
    private final People people;
    private final Avatars avatars;
    private final Clock clock;

    InsightsPage(Insights insights, People people, Avatars avatars, Clock clock) {
        this.insights = insights;
        this.people = people;
        this.avatars = avatars;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(Account account, @RequestParam(required = false) String goal, Model model) {
        LocalDate today = account.today(clock);
        String error = null;
        InsightsView view;
        try {
            view = insights.insights(account, today, goal);
        } catch (Invalid e) {
            error = Wording.refusal(e.getMessage(), "goal", "What you are after");
            view = insights.insights(account, today, null);
        }
        Map<Long, Avatar> faces = avatars.of(account.id(), Stream.concat(
                view.dormantTies().stream().map(t -> new Avatars.Who(t.person().id(), t.person().name())),
                view.weakTies().stream().map(t -> new Avatars.Who(t.person().id(), t.person().name()))).toList());
        model.addAttribute("view", new InsightsPageView(Dates.heading(today), people.count(account.id()) == 0,
                Pictures.rhythm(view.inRhythm()), Pictures.budget(view.backlog()),
                Pictures.weeks(view.weeks(), view.streak(), today), Pictures.asks(view.asks()),
                Pictures.introductions(view.introductions()),
                view.dormantTies().stream().map(t -> tie(t, faces, today)).toList(),
                goal(goal, error, view, faces, today)));
        return "insights";
    }

    private static Tie tie(DormantTie t, Map<Long, Avatar> faces, LocalDate today) {
        long id = t.person().id();
        Message m = t.starter();
        return new Tie(faces.get(id), id, t.person().name(), Pictures.touches(t.touchpoints(), t.lastOn(), today),
                t.lastNote(), new StarterView("dormant-" + id, "A message to start again (edit it, then copy or email)",
                "/today/" + id + "/starter", m.templateKey(), List.of(), m.subject(), m.body(), m.mailto()));
    }

    private static Goal goal(String typed, String error, InsightsView view, Map<Long, Avatar> faces, LocalDate today) {
        List<InsightsPageView.WeakTie> ties = view.weakTies().stream().map(t -> weak(t, faces, today)).toList();
        return new Goal(typed == null ? "" : typed, error, error == null && view.goal() != null, ties, Insights.MAX_GOAL);
    }

    private static InsightsPageView.WeakTie weak(WeakTie t, Map<Long, Avatar> faces, LocalDate today) {
        long id = t.person().id();
        return new InsightsPageView.WeakTie(faces.get(id), id, t.person().name(),
                Pictures.touches(t.touchpoints(), t.lastOn(), today), String.join(", ", t.matched()),
                String.join(", ", t.fields()));
    }
}
