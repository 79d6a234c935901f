package app.kith.web.settings;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.digest.DigestStatus;
import app.kith.digest.Digests;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The morning email's part of Settings: turning it on or off at an hour, a test email, and what
 * the last sends did. The settings page shows it as one section of its own ({@code digest}).
 */
@Controller
@ControllerAdvice(assignableTypes = SettingsPage.class)
class DigestSection {

    static final List<DigestSettingsView.Hour> HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new DigestSettingsView.Hour(h, String.format("%02d:00", h))).toList();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);
    private static final String NOTICE = "digestNotice";
    private static final String ERROR = "digestError";

    private final Digests digests;

    DigestSection(Digests digests) {
        this.digests = digests;
    }

    @ModelAttribute("digest")
    DigestSettingsView digest(Account account, Model model) {
        DigestStatus status = digests.status(account);
        ZoneId zone = account.settings().timeZone();
        DigestStatus.Failure f = status.failure();
        String failure = f == null ? null : "Failed " + WHEN.format(f.at().atZone(zone)) + " (try " + f.attempts() + "): "
                + f.error() + (f.nextTry() == null ? ". Not tried again: that day is over."
                        : ". Next try " + WHEN.format(f.nextTry().atZone(zone)) + ".");
        return new DigestSettingsView(status.settings().enabled(), status.settings().hour(), HOURS,
                status.mailConfigured(), status.email(), zone.getId(), when(status.lastSent(), zone), failure,
                (String) model.getAttribute(NOTICE), (String) model.getAttribute(ERROR));
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? null : WHEN.format(at.atZone(zone));
    }

    @PostMapping("/settings/digest")
    String save(Account account, @RequestParam(defaultValue = "false") boolean enabled,
                @RequestParam(defaultValue = "7") String hour, RedirectAttributes redirect) {
        try {
            int h;
            try {
                h = Integer.parseInt(hour.strip());
            } catch (NumberFormatException e) {
                throw new Invalid("hour", "hour must be a whole number from 0 to 23");
            }
            digests.change(account.id(), enabled, h);
            redirect.addFlashAttribute(NOTICE, enabled ? "Saved: the morning email comes at " + HOURS.get(h).label()
                    + " (" + account.settings().timeZone().getId() + ")." : "Saved: no morning email.");
        } catch (Invalid e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/settings#morning-email";
    }

    /** Sends today's email now, and says whether the mail server took it, or what it said. */
    @PostMapping("/settings/digest/test")
    String test(Account account, RedirectAttributes redirect) {
        try {
            digests.sendTest(account);
            redirect.addFlashAttribute(NOTICE, "Sent a test email to " + account.email() + ".");
        } catch (Invalid e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/settings#morning-email";
    }
}
