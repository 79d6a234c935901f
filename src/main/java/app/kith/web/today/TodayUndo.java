package app.kith.web.today;

import app.kith.Fields;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.ask.Asks;
import app.kith.intro.Introductions;
import app.kith.person.Marks;
import app.kith.person.MarksChange;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.planner.Planner;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Htmx;
import app.kith.web.Inputs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Undo in place for every action on Today, from the form {@link UndoOffer} puts beside the item
 * just acted on: htmx gets the item back as it was (and the progress count out of band), a
 * browser without JavaScript gets Today again. What was changed since is a Conflict, nothing
 * changed; another account's ids are NotFound.
 */
@Controller
class TodayUndo {

    private final TodayPage today;
    private final Planner planner;
    private final People people;
    private final Clocks clocks;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Clock clock;

    TodayUndo(TodayPage today, Planner planner, People people, Clocks clocks, Touchpoints touchpoints, Asks asks,
              Introductions introductions, Clock clock) {
        this.today = today;
        this.planner = planner;
        this.people = people;
        this.clocks = clocks;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.clock = clock;
    }

    /** Done taken back: the touchpoint it logged is deleted, and the person's clock follows. */
    @PostMapping("/today/{personId}/undo-done")
    String done(Account account, @PathVariable long personId, @RequestParam String date, @RequestParam long touchpoint,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        LocalDate day = Fields.date("date", date);
        people.get(account.id(), personId);
        touchpoints.unlog(account.id(), touchpoint, personId, day);
        return back(account, day, person(personId), request, response, model);
    }

    /** An ask recorded from the person's item taken back: the ask is gone, with the touchpoint it logged. */
    @PostMapping("/today/{personId}/undo-ask")
    String asked(Account account, @PathVariable long personId, @RequestParam String date, @RequestParam long ask,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        LocalDate day = Fields.date("date", date);
        if (asks.get(account, ask, day).person().id() != personId) {
            throw new NotFound("No ask " + ask + " of person " + personId);
        }
        asks.withdraw(account, ask, day, account.today(clock));
        return back(account, day, person(personId), request, response, model);
    }

    /** A skip or a snooze taken back: the marks they had before, a previous skip or snooze included. */
    @PostMapping({"/today/{personId}/undo-skip", "/today/{personId}/undo-snooze"})
    String marks(Account account, @PathVariable long personId, @RequestParam String date, MarksForm form,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        LocalDate day = Fields.date("date", date);
        clocks.unmark(account.id(), form.change(personId));
        return back(account, day, person(personId), request, response, model);
    }

    /** A follow-up, a reply or an answer taken back: the ask as it was, without the touchpoint it logged. */
    @PostMapping("/today/asks/{askId}/undo")
    String ask(Account account, @PathVariable long askId, @RequestParam String date, @RequestParam long step,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        LocalDate day = Fields.date("date", date);
        asks.undo(account, askId, step, day, account.today(clock));
        return back(account, day, i -> i instanceof TodayItem.AskFollowUp a && a.ask().id() == askId, request, response,
                model);
    }

    /** An introduction step taken back: the introduction as it was, without the touchpoints it logged. */
    @PostMapping("/today/intros/{introId}/undo")
    String intro(Account account, @PathVariable long introId, @RequestParam String date, @RequestParam int steps,
                 @RequestParam(required = false) Long personId, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        LocalDate day = Fields.date("date", date);
        introductions.undo(account.id(), introId, steps, day);
        return back(account, day, i -> i instanceof TodayItem.IntroFollowUp s && s.introduction().id() == introId
                && (personId == null || i.person().id() == personId), request, response, model);
    }

    /** The person's own items: due, birthday, new job, reply (not their asks or introductions). */
    private static Predicate<TodayItem> person(long personId) {
        return i -> TodayPage.aboutThePerson(i) && i.person().id() == personId;
    }

    /**
     * The item as the day's plan has it again. One no longer on the plan (the day's list moved on
     * meanwhile) has no place to go back to: htmx reloads the whole page instead.
     */
    private String back(Account account, LocalDate day, Predicate<TodayItem> which, HttpServletRequest request,
                        HttpServletResponse response, Model model) {
        if (Htmx.isHtmx(request)) {
            var plan = planner.today(account, day, Planner.MAX_MORE);
            if (Stream.concat(plan.items().stream(), plan.more().stream()).noneMatch(which)) {
                response.setHeader("HX-Refresh", "true");
                return null;
            }
        }
        return today.after(account, day, which, () -> {
            throw new IllegalStateException("the item left the plan");
        }, request, model);
    }

    /** A skip's or a snooze's marks as the Undo form carries them: before ({@code was…}) and after ({@code now…}). */
    record MarksForm(String wasSkipped, String wasSnoozedOn, String wasSnoozedUntil, String nowSkipped,
                     String nowSnoozedOn, String nowSnoozedUntil) {

        MarksChange change(long personId) {
            return new MarksChange(personId, marks(wasSkipped, wasSnoozedOn, wasSnoozedUntil),
                    marks(nowSkipped, nowSnoozedOn, nowSnoozedUntil));
        }

        private static Marks marks(String skipped, String snoozedOn, String snoozedUntil) {
            return new Marks(day(skipped), day(snoozedOn), day(snoozedUntil));
        }

        private static LocalDate day(String text) {
            return Fields.day("marks", Inputs.day("marks", text));
        }
    }
}
