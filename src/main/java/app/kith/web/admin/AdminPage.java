package app.kith.web.admin;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.account.AccountSummary;
import app.kith.account.Accounts;
import app.kith.account.Invitation;
import app.kith.account.Invitations;
import app.kith.account.NewInvitation;
import app.kith.web.Dates;
import app.kith.web.signin.SignUpMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The server's accounts and invitations, for its admins only: to anyone else the page does not
 * exist (404), so it says nothing of who runs the server. Each action is a form (CSRF-protected)
 * that comes back here saying what it did.
 */
@Controller
class AdminPage {

    private static final String MESSAGE = "adminMessage";
    private static final String ERROR = "adminError";
    private static final String LINK = "adminLink";
    private static final String EXPIRES = "adminLinkExpires";

    private final Accounts accounts;
    private final SignUpMode mode;
    private final Clock clock;

    AdminPage(Accounts accounts, SignUpMode mode, Clock clock) {
        this.accounts = accounts;
        this.mode = mode;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String show(Account account, Model model) {
        adminOnly(account);
        Map<String, ?> flash = model.asMap();
        LocalDate today = account.today(clock);
        List<AdminView.Row> rows = accounts.admin().list().stream().map(a -> row(a, account, today)).toList();
        List<AdminView.Pending> pending = accounts.invitations().pending().stream().map(i -> pending(i, account, today))
                .toList();
        model.addAttribute("admin", new AdminView(rows, pending, mode.name().toLowerCase(Locale.ROOT),
                mode != SignUpMode.CLOSED, (String) flash.get(LINK), (String) flash.get(EXPIRES),
                flash.get(ERROR) != null ? (String) flash.get(ERROR) : (String) flash.get(MESSAGE), flash.get(ERROR) != null));
        return "admin";
    }

    @PostMapping("/admin/disable")
    String disable(Account account, @RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        adminOnly(account);
        return act(flash, () -> accounts.admin().disable(account.id(), email).email()
                + " is disabled: it cannot sign in, and its links, tokens and app passwords stop working.");
    }

    @PostMapping("/admin/enable")
    String enable(Account account, @RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        adminOnly(account);
        return act(flash, () -> accounts.admin().enable(account.id(), email).email() + " can sign in again.");
    }

    @PostMapping("/admin/grant")
    String grant(Account account, @RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        adminOnly(account);
        return act(flash, () -> accounts.admin().grant(account.id(), email).email()
                + " is an admin: it sees this page and can do all you can here.");
    }

    /** The confirm step: the account loses what it could do here, so the admin says it once more. */
    @GetMapping("/admin/revoke")
    String confirmRevoke(Account account, @RequestParam(defaultValue = "") String email, Model model) {
        adminOnly(account);
        model.addAttribute("email", email);
        return "admin-revoke";
    }

    @PostMapping("/admin/revoke")
    String revokeAdmin(Account account, @RequestParam(defaultValue = "") String email, RedirectAttributes flash) {
        adminOnly(account);
        return act(flash, () -> accounts.admin().revoke(account.id(), email).email() + " is no longer an admin.");
    }

    /** The confirm step: deleting is for good, so the admin types the account's email. */
    @GetMapping("/admin/delete")
    String confirmDelete(Account account, @RequestParam(defaultValue = "") String email, Model model) {
        adminOnly(account);
        model.addAttribute("deletion", new DeletionView(email, null));
        return "admin-delete";
    }

    @PostMapping("/admin/delete")
    String delete(Account account, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String typed, Model model, RedirectAttributes flash) {
        adminOnly(account);
        if (!typed.strip().equalsIgnoreCase(email.strip()) || email.isBlank()) {
            model.addAttribute("deletion", new DeletionView(email, "Type the account's email, " + email
                    + ", exactly, to delete it."));
            return "admin-delete";
        }
        return act(flash, () -> {
            accounts.admin().delete(account.id(), email);
            return email.strip().toLowerCase(Locale.ROOT) + " and everything in it are deleted.";
        });
    }

    @PostMapping("/admin/invitations")
    String invite(Account account, @RequestParam(defaultValue = "7") String days, RedirectAttributes flash) {
        adminOnly(account);
        try {
            NewInvitation made = accounts.invitations().create(account.id(), number(days));
            flash.addFlashAttribute(LINK, made.link(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
            flash.addFlashAttribute(EXPIRES, day(made.invitation().expiresAt(), account, account.today(clock)));
        } catch (Invalid e) {
            flash.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/invitations/{id}/revoke")
    String revoke(Account account, @PathVariable long id, RedirectAttributes flash) {
        adminOnly(account);
        return act(flash, () -> {
            accounts.invitations().revoke(account.id(), id);
            return "The invitation is revoked: its link no longer works.";
        });
    }

    private static String act(RedirectAttributes flash, Supplier<String> action) {
        try {
            flash.addFlashAttribute(MESSAGE, action.get());
        } catch (Invalid | Conflict | NotFound e) {
            flash.addFlashAttribute(ERROR, e.getMessage());
        }
        return "redirect:/admin";
    }

    private static void adminOnly(Account account) {
        if (!account.admin()) {
            throw new NotFound("No such page");
        }
    }

    private static int number(String days) {
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            throw new Invalid("days", "days must be a whole number, like " + Invitations.DEFAULT_DAYS);
        }
    }

    private static AdminView.Row row(AccountSummary a, Account you, LocalDate today) {
        return new AdminView.Row(a.email() == null ? "owner (no sign-in yet)" : a.email(), day(a.createdAt(), you, today),
                a.lastSignInAt() == null ? "never" : day(a.lastSignInAt(), you, today), a.people(), a.disabled(),
                a.admin(), a.owner(), a.id() == you.id());
    }

    private static AdminView.Pending pending(Invitation i, Account you, LocalDate today) {
        return new AdminView.Pending(i.id(), i.createdBy(), day(i.createdAt(), you, today), day(i.expiresAt(), you, today));
    }

    private static String day(Instant at, Account you, LocalDate today) {
        return Dates.day(at.atZone(you.settings().timeZone()).toLocalDate(), today);
    }
}
