package app.kith.web.settings;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.agenda.Calendars;
import app.kith.agenda.FetchResult;
import app.kith.agenda.NewCalendar;
import app.kith.agenda.Subscription;
import app.kith.web.Dates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings' calendars section: subscribe to a calendar (fetched at once, then every hour), fetch
 * one now, remove one. What happened is carried to the page after the redirect; a refused address
 * comes back with its fields, never with the password.
 */
@Controller
class CalendarsSettings {

    private static final String NOTICE = "calendarsNotice";
    private static final String ERRORS = "calendarsErrors";
    private static final String TYPED = "calendarsTyped";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Calendars calendars;

    CalendarsSettings(Calendars calendars) {
        this.calendars = calendars;
    }

    @ControllerAdvice(assignableTypes = SettingsPage.class)
    static class Section {

        private final Calendars calendars;
        private final java.time.Clock clock;

        Section(Calendars calendars, java.time.Clock clock) {
            this.calendars = calendars;
            this.clock = clock;
        }

        @ModelAttribute("calendars")
        @SuppressWarnings("unchecked")
        CalendarsSection section(Account account, Model model) {
            Map<String, String> errors = (Map<String, String>) model.asMap().getOrDefault(ERRORS, Map.of());
            Map<String, String> typed = (Map<String, String>) model.asMap().getOrDefault(TYPED, Map.of());
            ZoneId zone = account.settings().timeZone();
            return new CalendarsSection(calendars.list(account.id()).stream()
                    .map(s -> new CalendarsSection.Row(s.id(), what(s), fetched(s, zone, account.today(clock)),
                            s.lastError())).toList(),
                    (String) model.asMap().get(NOTICE), errors, typed.get("url"), typed.get("user"));
        }
    }

    @PostMapping("/settings/calendars")
    String add(Account account, @RequestParam(required = false) String url, @RequestParam(required = false) String user,
               @RequestParam(required = false) String password, RedirectAttributes redirect) {
        Subscription added;
        try {
            added = calendars.add(account.id(), new NewCalendar(null, url, user, password));
        } catch (Invalid e) {
            Map<String, String> errors = new HashMap<>();
            e.all().forEach(i -> errors.putIfAbsent(i.field(), i.getMessage()));
            Map<String, String> typed = new HashMap<>();
            typed.put("url", url);
            typed.put("user", user);
            redirect.addFlashAttribute(ERRORS, errors);
            redirect.addFlashAttribute(TYPED, typed);
            return "redirect:/settings#calendars";
        }
        redirect.addFlashAttribute(NOTICE, "Calendar added. " + said(calendars.fetch(account.id(), added.id())));
        return "redirect:/settings#calendars";
    }

    @PostMapping("/settings/calendars/{id}/fetch")
    String fetch(Account account, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NOTICE, said(calendars.fetch(account.id(), id)));
        return "redirect:/settings#calendars";
    }

    @PostMapping("/settings/calendars/{id}/delete")
    String remove(Account account, @PathVariable long id, RedirectAttributes redirect) {
        Subscription was = calendars.get(account.id(), id);
        calendars.remove(account.id(), id);
        redirect.addFlashAttribute(NOTICE, "Removed the calendar on " + was.host()
                + "; the touchpoints it added stay.");
        return "redirect:/settings#calendars";
    }

    /** What a fetch did, in a sentence. */
    static String said(FetchResult r) {
        if (r.failed()) {
            return "The fetch failed: " + r.error();
        }
        return "Fetched: " + count(r.meetings(), "meeting") + " read, " + count(r.added(), "touchpoint") + " added, "
                + count(r.upcoming(), "coming meeting") + " with people in Kith.";
    }

    static String what(Subscription s) {
        return (s.kind().equals("caldav") ? "CalDAV" : "iCalendar") + " · " + s.host()
                + (s.user() == null ? "" : " · " + s.user());
    }

    private static String fetched(Subscription s, ZoneId zone, java.time.LocalDate today) {
        if (s.fetchedAt() == null) {
            return "Not fetched yet";
        }
        return "Fetched " + when(s.fetchedAt(), zone, today) + " · added " + s.lastAdded() + " (" + s.addedTotal()
                + " in all)";
    }

    private static String when(Instant at, ZoneId zone, java.time.LocalDate today) {
        var local = at.atZone(zone);
        return Dates.day(local.toLocalDate(), today) + ", " + TIME.format(local);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
