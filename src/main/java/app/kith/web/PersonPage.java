package app.kith.web;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.ProfileUpdate;
import app.kith.person.ProfileChanges;
import app.kith.reciprocity.Reciprocity;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
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
 * fetches older pages into it), and the form that logs a touchpoint for any day.
 */
@Controller
class PersonPage {

    static final int TIMELINE_PAGE = 20;

    private static final Map<String, String> LOG_FIELDS = Map.of("on", "on", "channel", "channel",
            "direction", "direction", "note", "note");

    private final People people;
    private final Touchpoints touchpoints;
    private final PersonAsks asks;
    private final PersonIntroductions introductions;
    private final Reciprocity reciprocity;
    private final ProfileChanges profileChanges;
    private final Clock clock;

    PersonPage(People people, Touchpoints touchpoints, PersonAsks asks, PersonIntroductions introductions,
               Reciprocity reciprocity, ProfileChanges profileChanges, Clock clock) {
        this.people = people;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.reciprocity = reciprocity;
        this.profileChanges = profileChanges;
        this.clock = clock;
    }

    /** The page, or for htmx the timeline's page at {@code offset} only. */
    @GetMapping("/people/{id}")
    String show(Account account, @PathVariable long id, @RequestParam(defaultValue = "0") int offset,
                HttpServletRequest request, Model model) {
        Person person = people.get(account.id(), id);
        TimelineView timeline = timeline(account.id(), id, Math.max(0, offset));
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
            model.addAttribute("timeline", timeline(account.id(), id, 0));
            return page(account, model, people.get(account.id(), id), today, refused);
        }
        String status = "Logged: " + Choices.label(Choices.CHANNELS, logged.channel().key()).toLowerCase(Locale.ROOT)
                + " on " + Days.date(logged.on()) + ".";
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute("status", status);
            return "redirect:/people/" + id;
        }
        model.addAttribute("timeline", timeline(account.id(), id, 0));
        model.addAttribute("person", PersonView.of(people.get(account.id(), id), today));
        model.addAttribute("reciprocity", ReciprocityView.of(reciprocity.of(account.id(), id, today), today));
        model.addAttribute("log", new LogView(id, freshForm(account.id(), id, today), today.toString(), Map.of(), status));
        return "person-logged";
    }

    private String page(Account account, Model model, Person person, LocalDate today, LogView log) {
        model.addAttribute("person", PersonView.of(person, today));
        model.addAttribute("reciprocity", ReciprocityView.of(reciprocity.of(account.id(), person.id(), today), today));
        model.addAttribute("log", log);
        model.addAttribute("asks", asks.view(account, person.id(), person.name(),
                (PersonAsks.Carried) model.getAttribute(PersonAsks.FLASH)));
        model.addAttribute("introductions", introductions.view(account, person,
                (PersonIntroductions.Carried) model.getAttribute(PersonIntroductions.FLASH)));
        return "person";
    }

    private TimelineView timeline(long accountId, long personId, int offset) {
        List<Touchpoint> page = touchpoints.ofPerson(accountId, personId, TIMELINE_PAGE + 1, offset);
        List<Touchpoint> shown = page.stream().limit(TIMELINE_PAGE).toList();
        String older = page.size() > TIMELINE_PAGE ? "/people/" + personId + "?offset=" + (offset + TIMELINE_PAGE) : null;
        // The profile changes dated within this page's days: after the last touchpoint of the page
        // before, down to (not on) the last of this one when an older page follows.
        LocalDate newest = offset == 0 ? LocalDate.MAX
                : touchpoints.ofPerson(accountId, personId, 1, offset - 1).stream().map(Touchpoint::on).findFirst()
                .orElse(LocalDate.MAX);
        LocalDate oldest = older == null ? LocalDate.MIN : shown.get(shown.size() - 1).on();
        List<ProfileUpdate> changes = profileChanges.ofPerson(accountId, personId).stream()
                .filter(u -> u.on().isAfter(oldest) && !u.on().isAfter(newest)).toList();
        List<TimelineView.TimelineEntry> entries = new ArrayList<>();
        int c = 0;
        for (Touchpoint t : shown) {
            while (c < changes.size() && changes.get(c).on().isAfter(t.on())) {
                entries.add(entry(changes.get(c++)));
            }
            entries.add(entry(t));
        }
        changes.subList(c, changes.size()).forEach(u -> entries.add(entry(u)));
        return new TimelineView(personId, entries, older, offset == 0);
    }

    private static TimelineView.TimelineEntry entry(ProfileUpdate u) {
        return new TimelineView.TimelineEntry(Days.date(u.on()), u.on().toString(), "from " + u.source(), null, null,
                u.sentence());
    }

    private static TimelineView.TimelineEntry entry(Touchpoint t) {
        String direction = switch (t.direction()) {
            case OUT -> "you reached out";
            case IN -> "they reached out";
            case MUTUAL -> "both";
        };
        return new TimelineView.TimelineEntry(Days.date(t.on()), t.on().toString(),
                Choices.label(Choices.CHANNELS, t.channel().key()), direction, t.note());
    }

    /** Today, by the channel used last time (people tend to keep to one), you reaching out, no note. */
    private TouchpointForm freshForm(long accountId, long personId, LocalDate today) {
        List<Touchpoint> last = touchpoints.ofPerson(accountId, personId, 1, 0);
        String channel = last.isEmpty() ? "email" : last.get(0).channel().key();
        return new TouchpointForm(today.toString(), channel, "out", "");
    }
}
