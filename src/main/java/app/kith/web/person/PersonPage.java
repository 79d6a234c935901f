package app.kith.web.person;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.agenda.Calendars;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.reciprocity.Reciprocity;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Avatars;
import app.kith.web.Choices;
import app.kith.web.Dates;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import app.kith.web.asks.PersonAsks;
import app.kith.web.reminders.PersonReminders;
import app.kith.web.introductions.PersonIntroductions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's page: everything about them, their timeline of touchpoints (a page at a time; htmx
 * fetches older pages into it; {@link TimelineCorrections} edits and deletes them), and the form
 * that logs a touchpoint for any day up to today.
 */
@Controller
class PersonPage {

    private static final Map<String, String> LOG_FIELDS = Map.of("on", "on", "channel", "channel",
            "direction", "direction", "note", "note");

    private final People people;
    private final Touchpoints touchpoints;
    private final Timelines timelines;
    private final PersonAsks asks;
    private final PersonIntroductions introductions;
    private final Reciprocity reciprocity;
    private final PersonReminders reminders;
    private final Avatars avatars;
    private final Calendars calendars;
    private final Clock clock;

    PersonPage(People people, Touchpoints touchpoints, Timelines timelines, PersonAsks asks,
               PersonIntroductions introductions, Reciprocity reciprocity, PersonReminders reminders, Avatars avatars,
               Calendars calendars, Clock clock) {
        this.calendars = calendars;
        this.reminders = reminders;
        this.people = people;
        this.touchpoints = touchpoints;
        this.timelines = timelines;
        this.asks = asks;
        this.introductions = introductions;
        this.reciprocity = reciprocity;
        this.avatars = avatars;
        this.clock = clock;
    }

    /** The page, or for htmx the timeline's page at {@code offset} only. */
    @GetMapping("/people/{id}")
    String show(Account account, @PathVariable long id, @RequestParam(defaultValue = "0") int offset,
                HttpServletRequest request, Model model) {
        Person person = people.get(account.id(), id);
        // After a redirect from a correction: what was changed, or deleted with its undo.
        TimelineView timeline = timelines.page(account.id(), id, Math.max(0, offset),
                (String) model.getAttribute(TimelineCorrections.STATUS),
                (TimelineView.Deleted) model.getAttribute(TimelineCorrections.DELETED));
        model.addAttribute("timeline", timeline);
        if (Htmx.isHtmx(request)) {
            return "person-timeline-page";
        }
        LocalDate today = account.today(clock);
        // After a redirect: what was just logged (shown by the form), or a restore's notice.
        String status = (String) model.getAttribute("status");
        return page(account, model, person, today, new LogView(id, freshForm(account.id(), id, today), today.toString(),
                Map.of(), status));
    }

    @PostMapping("/people/{id}/touchpoints")
    String log(Account account, @PathVariable long id, TouchpointForm form, HttpServletRequest request,
               HttpServletResponse response, Model model, RedirectAttributes redirect) {
        people.get(account.id(), id);
        LocalDate today = account.today(clock);
        Touchpoint logged;
        try {
            logged = touchpoints.log(account.id(), form.toNew(id), today);
        } catch (Invalid e) {
            LogView refused = new LogView(id, form, today.toString(), FormErrors.of(e, LOG_FIELDS), null);
            if (Htmx.isHtmx(request)) {
                response.setHeader("HX-Retarget", "#log-form");
                response.setHeader("HX-Reswap", "outerHTML");
                model.addAttribute("log", refused);
                return "person-log-form";
            }
            model.addAttribute("timeline", timelines.page(account.id(), id, 0));
            return page(account, model, people.get(account.id(), id), today, refused);
        }
        String status = "Logged: " + Choices.label(Choices.CHANNELS, logged.channel().key()).toLowerCase(Locale.ROOT)
                + " on " + Dates.date(logged.on()) + ".";
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute("status", status);
            return "redirect:/people/" + id;
        }
        model.addAttribute("timeline", timelines.page(account.id(), id, 0));
        model.addAttribute("person", PersonView.of(people.get(account.id(), id), today));
        model.addAttribute("reciprocity", ReciprocityView.of(reciprocity.of(account.id(), id, today), today));
        model.addAttribute("log", new LogView(id, freshForm(account.id(), id, today), today.toString(), Map.of(), status));
        return "person-logged";
    }

    private String page(Account account, Model model, Person person, LocalDate today, LogView log) {
        model.addAttribute("person", PersonView.of(person, today));
        model.addAttribute("avatar", avatars.of(account.id(), person.id(), person.name()));
        model.addAttribute("reciprocity", ReciprocityView.of(reciprocity.of(account.id(), person.id(), today), today));
        model.addAttribute("log", log);
        model.addAttribute("coming", ComingView.of(calendars.next(account.id(), person.id(), 3), today));
        model.addAttribute("asks", asks.view(account, person.id(), person.name(),
                (PersonAsks.Carried) model.getAttribute(PersonAsks.FLASH)));
        model.addAttribute("introductions", introductions.view(account, person,
                (PersonIntroductions.Carried) model.getAttribute(PersonIntroductions.FLASH)));
        model.addAttribute("reminders", reminders.view(account, person.id(), person.name(),
                (PersonReminders.Carried) model.getAttribute(PersonReminders.FLASH)));
        return "person";
    }

    /** Today, by the channel used last time (people tend to keep to one), you reaching out, no note. */
    private TouchpointForm freshForm(long accountId, long personId, LocalDate today) {
        List<Touchpoint> last = touchpoints.ofPerson(accountId, personId, 1, 0);
        String channel = last.isEmpty() ? "email" : last.get(0).channel().key();
        return new TouchpointForm(today.toString(), channel, "out", "");
    }
}
