package app.kith.web;

import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.offline.SentOnce;
import app.kith.person.Match;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.reminder.Reminder;
import app.kith.reminder.Reminders;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quick log, from every page's navigation: who (typed, picked from the matches), how, a note
 * and the day, in one step, whether or not they are due. htmx opens it in a dialog and answers
 * in place, with an undo; without JavaScript it is a page that sends the browser back where it
 * came from, where the layout says what was logged ({@link QuickLogged}).
 */
@Controller
class QuickLogPage {

    /** The flash attribute that carries the outcome back to the page the form came from. */
    static final String FLASH = "quickLogged";

    private static final Map<String, String> FIELDS = Map.of("on", "on", "channel", "channel", "note", "note",
            "who", "who");
    private static final Map<String, String> REMIND_FIELDS = Map.of("on", "remind-on", "text", "remind-text");

    private final People people;
    private final Identities identities;
    private final Touchpoints touchpoints;
    private final Reminders reminders;
    private final SentOnce sentOnce;
    private final Clock clock;

    QuickLogPage(People people, Identities identities, Touchpoints touchpoints, Reminders reminders, SentOnce sentOnce,
                 Clock clock) {
        this.reminders = reminders;
        this.people = people;
        this.identities = identities;
        this.touchpoints = touchpoints;
        this.sentOnce = sentOnce;
        this.clock = clock;
    }

    /** The form: in the dialog for htmx, else a page of its own. */
    @GetMapping("/log")
    String form(Account account, @RequestParam(name = "return", required = false) String returnTo,
                HttpServletRequest request, Model model) {
        model.addAttribute("log", QuickLogView.fresh(account.today(clock).toString(), back(returnTo, request)));
        return Htmx.isHtmx(request) ? "quick-log-form" : "quick-log";
    }

    @PostMapping("/log")
    String log(Account account, @RequestParam(defaultValue = "") String who, @RequestParam(required = false) Long personId,
               @RequestParam(required = false) String channel, @RequestParam(defaultValue = "") String note,
               @RequestParam(defaultValue = "") String on, @RequestParam(name = "return", required = false) String returnTo,
               @RequestParam(defaultValue = "") String remindOn, @RequestParam(defaultValue = "") String remindText,
               @RequestParam(required = false) String clientId, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        LocalDate today = account.today(clock);
        String back = back(returnTo, null);
        Match typedName = personId == null ? identities.resolve(account.id(), who) : null;
        Person person;
        Optional<Touchpoint> written;
        Reminder reminder = null;
        try {
            // The reminder is checked first, so that a refused one logs nothing either.
            LocalDate remindDay = remindOn.isBlank() && remindText.isBlank() ? null : remindDay(remindOn, remindText, today);
            person = whom(account, who, personId, typedName);
            // A log from a phone's offline queue, sent again: written once, answered as the first was.
            written = sentOnce.once(account.id(), clientId, "clientId", () -> touchpoints.log(account.id(),
                    new NewTouchpoint(person.id(), Inputs.day("on", on), channel, "out", note), today), Touchpoint::id);
            if (remindDay != null && written.isPresent()) {
                reminder = reminders.remind(account.id(), person.id(), remindDay, remindText, today);
            }
        } catch (RemindRefused e) {
            model.addAttribute("log", new QuickLogView(who, personId, channel, note, on, back, today.toString(),
                    e.errors, List.of(), remindOn, remindText));
            return Htmx.isHtmx(request) ? "quick-log-form" : "quick-log";
        } catch (Invalid e) {
            // A name of several people: they are offered to choose from (the form works without scripts too).
            List<Option> choices = typedName instanceof Match.Many many ? many.people().stream().limit(10)
                    .map(p -> new Option(String.valueOf(p.id()), p.name() + (p.company() == null ? "" : " — " + p.company())))
                    .toList() : List.of();
            model.addAttribute("log", new QuickLogView(who, null, channel, note, on, back, today.toString(),
                    FormErrors.of(e, FIELDS), choices, remindOn, remindText));
            return Htmx.isHtmx(request) ? "quick-log-form" : "quick-log";
        }
        String reminding = reminder == null ? "" : "; Kith will remind you on " + Dates.weekday(reminder.on());
        QuickLogged done = written.map(logged -> new QuickLogged("Logged " + Wording.contact(logged.channel()) + " with",
                        person.id(), person.name(), (logged.on().equals(today) ? "" : " on " + Dates.date(logged.on()))
                        + reminding, logged.id(), back))
                .orElseGet(() -> new QuickLogged("Already logged with", person.id(), person.name(), "", null, back));
        return answer(done, request, model, redirect);
    }

    /** The reminder's day, checked with its text as {@link Reminders#remind} checks them (its fields named apart). */
    private LocalDate remindDay(String on, String text, LocalDate today) {
        try {
            Checks checks = new Checks();
            LocalDate day = on.isBlank() ? null : checks.value(() -> Fields.date("on", on));
            checks.run(() -> reminders.check(day == null ? today : day, text, today));
            if (on.isBlank()) {
                checks.refuse("on", "on is required: the day to be reminded");
            }
            checks.done();
            return day;
        } catch (Invalid e) {
            throw new RemindRefused(FormErrors.of(e, REMIND_FIELDS));
        }
    }

    /** A refused reminder, by its form fields. */
    private static final class RemindRefused extends RuntimeException {
        final transient Map<String, String> errors;

        RemindRefused(Map<String, String> errors) {
            super(errors.toString(), null, false, false);
            this.errors = errors;
        }
    }

    /** Takes a logged touchpoint back; the person's clock goes back with it. */
    @PostMapping("/log/{id}/undo")
    String undo(Account account, @PathVariable long id, @RequestParam(name = "return", required = false) String returnTo,
                HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Touchpoint gone = touchpoints.erase(account.id(), id);
        Person person = people.get(account.id(), gone.personId());
        QuickLogged undone = new QuickLogged("Undone: no " + Wording.contact(gone.channel()).replaceFirst("^an? ", "")
                + " logged with", person.id(), person.name(), "", null, back(returnTo, null));
        return answer(undone, request, model, redirect);
    }

    private static String answer(QuickLogged outcome, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        if (Htmx.isHtmx(request)) {
            model.addAttribute("done", outcome);
            return "quick-log-done";
        }
        redirect.addFlashAttribute(FLASH, outcome);
        return "redirect:" + outcome.returnTo();
    }

    /** The person picked from the matches, else the one the typed name names ({@code typed}, resolved). */
    private Person whom(Account account, String who, Long personId, Match typed) {
        if (personId != null) {
            try {
                return people.get(account.id(), personId);
            } catch (NotFound e) {
                throw new Invalid("who", "That person is no longer among your people");
            }
        }
        if (typed instanceof Match.One one) {
            return one.person();
        }
        if (typed instanceof Match.Many) {
            throw new Invalid("who", "Several people match “" + who.strip() + "”: choose one");
        }
        throw new Invalid("who", who.isBlank() ? "Type who you were in touch with"
                : "Nobody called “" + who.strip() + "” among your people");
    }

    /**
     * Where to go back to: the path given, else the page the form was opened on (htmx names it;
     * a browser's Referer says it), else Today. Only a path on this site, never the log itself.
     */
    private static String back(String returnTo, HttpServletRequest request) {
        String path = LocalPath.orNull(returnTo);
        if (path == null && request != null) {
            String from = request.getHeader("HX-Current-URL");
            path = pathOf(from != null ? from : request.getHeader("Referer"));
        }
        return path == null || path.equals("/log") || path.startsWith("/log?") ? "/today" : path;
    }

    private static String pathOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = URI.create(url);
            return LocalPath.orNull(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
