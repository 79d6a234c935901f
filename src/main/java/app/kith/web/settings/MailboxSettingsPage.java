package app.kith.web.settings;

import app.kith.Conflict;
import app.kith.Counts;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.mail.MailboxFailed;
import app.kith.mail.MailboxSettings;
import app.kith.mail.MailboxStatus;
import app.kith.mail.Mailboxes;
import app.kith.mail.SyncResult;
import app.kith.web.FormErrors;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings' mailbox section: connect (Kith signs in first and says what failed), read now,
 * disconnect, the ignore list, and suggested people to add or ignore. Each action goes back to the
 * section with what it did, or what was refused, carried for that one request.
 */
@Controller
class MailboxSettingsPage {

    private static final String NOTICE = "mailboxNotice";
    private static final String ERRORS = "mailboxErrors";
    private static final String TYPED = "mailboxTyped";
    private static final String BACK = "redirect:/settings#mailbox";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Mailboxes mailboxes;

    MailboxSettingsPage(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    /** The form as typed, the password left out: it is never sent back to the browser. */
    record Typed(String host, String port, boolean tls, String user) implements java.io.Serializable {
    }

    /** Gives the settings page its mailbox section, so the page itself need not know of it. */
    @ControllerAdvice(assignableTypes = SettingsPage.class)
    static class Section {

        private final Mailboxes mailboxes;

        Section(Mailboxes mailboxes) {
            this.mailboxes = mailboxes;
        }

        @ModelAttribute("mailbox")
        @SuppressWarnings("unchecked")
        MailboxSection section(Account account, Model model) {
            Map<String, Object> flash = model.asMap();
            Map<String, String> errors = (Map<String, String>) flash.getOrDefault(ERRORS, Map.of());
            String notice = (String) flash.get(NOTICE);
            ZoneId zone = account.settings().timeZone();
            var suggestions = mailboxes.suggestions(account.id()).stream().limit(20).map(s -> new MailboxSection.Row(
                    s.address(), s.name(), s.received(), s.sent(), s.lastOn().toString())).toList();
            Optional<MailboxStatus> status = mailboxes.status(account.id());
            if (status.isEmpty()) {
                Typed typed = (Typed) flash.getOrDefault(TYPED, new Typed("", "993", true, ""));
                return new MailboxSection(false, typed.host(), typed.port(), typed.tls(), typed.user(), null, null, null,
                        mailboxes.ignored(account.id()), suggestions, errors, notice);
            }
            MailboxStatus s = status.get();
            String lastRun = s.lastRunAt() == null ? null : when(s.lastRunAt(), zone) + (s.lastRead() == null ? ""
                    : String.format(Locale.ROOT, ": %,d new messages read, %,d touchpoints added", s.lastRead(),
                    s.lastAdded()));
            return new MailboxSection(true, s.host(), String.valueOf(s.port()), s.tls(), s.user(), lastRun,
                    s.lastError(), s.lastErrorAt() == null ? null : when(s.lastErrorAt(), zone), s.ignored(),
                    suggestions, errors, notice);
        }
    }

    @PostMapping("/settings/mailbox")
    String connect(Account account, @RequestParam(defaultValue = "") String host,
                   @RequestParam(defaultValue = "") String port, @RequestParam(defaultValue = "false") boolean tls,
                   @RequestParam(defaultValue = "") String user, @RequestParam(defaultValue = "") String password,
                   RedirectAttributes redirect) {
        try {
            Integer number = port.isBlank() ? null : parsePort(port);
            MailboxStatus s = mailboxes.connect(account.id(), new MailboxSettings(host, number, tls, user, password));
            redirect.addFlashAttribute(NOTICE, "Connected " + s.user() + " at " + s.host()
                    + ". Kith reads it every 15 minutes; read it now to see the first touchpoints.");
        } catch (Invalid e) {
            redirect.addFlashAttribute(ERRORS, FormErrors.of(e));
            redirect.addFlashAttribute(TYPED, new Typed(host, port, tls, user));
        }
        return BACK;
    }

    @PostMapping("/settings/mailbox/sync")
    String sync(Account account, RedirectAttributes redirect) {
        try {
            SyncResult r = mailboxes.sync(account.id());
            redirect.addFlashAttribute(NOTICE, String.format(Locale.ROOT, "Read %,d new messages: %s with %s.", r.read(),
                    Counts.noun(r.touchpoints(), "touchpoint", "touchpoints"), Counts.noun(r.people(), "person", "people")));
        } catch (MailboxFailed | Conflict | NotFound e) {
            redirect.addFlashAttribute(NOTICE, "Not read: " + e.getMessage());
        }
        return BACK;
    }

    @PostMapping("/settings/mailbox/disconnect")
    String disconnect(Account account, RedirectAttributes redirect) {
        mailboxes.disconnect(account.id());
        redirect.addFlashAttribute(NOTICE, "Disconnected; the password is forgotten. The touchpoints it gave stay.");
        return BACK;
    }

    @PostMapping("/settings/mailbox/ignore")
    String ignore(Account account, @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute(NOTICE, "Ignored from now on: " + mailboxes.ignore(account.id(), address));
        } catch (Invalid e) {
            redirect.addFlashAttribute(ERRORS, Map.of("ignore", e.getMessage()));
        }
        return BACK;
    }

    @PostMapping("/settings/mailbox/unignore")
    String unignore(Account account, @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        mailboxes.unignore(account.id(), address);
        redirect.addFlashAttribute(NOTICE, "No longer ignored: " + address);
        return BACK;
    }

    @PostMapping("/settings/mailbox/add")
    String add(Account account, @RequestParam(defaultValue = "") String address, RedirectAttributes redirect) {
        try {
            var p = mailboxes.addPerson(account.id(), address);
            redirect.addFlashAttribute(NOTICE, "Added " + p.name() + ".");
        } catch (NotFound | Invalid | Conflict e) {
            redirect.addFlashAttribute(NOTICE, "Not added: " + e.getMessage());
        }
        return BACK;
    }

    private static Integer parsePort(String port) {
        try {
            return Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("port", "port must be a number such as 993, not \"" + port + "\"");
        }
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
