package app.kith.web.settings;

import app.kith.trash.Trash;
import app.kith.web.TrashUndo;
import app.kith.Checks;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.ApiToken;
import app.kith.account.NewToken;
import app.kith.account.TokenExpiry;
import app.kith.account.TokenScope;
import app.kith.account.Settings;
import app.kith.account.SettingsChange;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.web.Dates;
import app.kith.web.FormErrors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Settings: how many people Today holds, the time zone, the user's name (which signs message
 * starters), API tokens, and the user's own message starters.
 */
@Controller
class SettingsPage {

    static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private static final Map<String, String> TOKEN_FIELDS = Map.of("name", "tokenName", "scope", "tokenScope",
            "expires", "tokenExpires", "expiresAt", "tokenExpires");
    private static final Map<String, String> MESSAGE_FIELDS = Map.of("kind", "messageKind", "name", "messageName",
            "body", "messageBody");

    private final Accounts accounts;
    private final Messages messages;
    private final Clock clock;

    private final Trash trash;

    SettingsPage(Accounts accounts, Messages messages, Trash trash, Clock clock) {
        this.trash = trash;
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    /** The settings form as typed; an empty default rhythm is none. */
    record Typed(String capacity, String timeZone, String followUpDays, String followUpsBeforeDrop,
                 String introFollowUpDays, String defaultRhythmDays, String followUpShare, String replyWindowDays,
                 String yourName) {

        static Typed of(Settings s) {
            return new Typed(String.valueOf(s.capacity()), s.timeZone().getId(), String.valueOf(s.followUpDays()),
                    String.valueOf(s.followUpsBeforeDrop()), String.valueOf(s.introFollowUpDays()),
                    s.defaultRhythmDays() == null ? "" : String.valueOf(s.defaultRhythmDays()),
                    String.valueOf(s.followUpShare()), String.valueOf(s.replyWindowDays()),
                    s.yourName() == null ? "" : s.yourName());
        }
    }

    /** {@code copy}: the key of a starter to start the add form from, to make one's own version of it. */
    @GetMapping("/settings")
    String show(Account account, @RequestParam(required = false) String saved, @RequestParam(required = false) String copy,
                Model model) {
        if (copy != null) {
            Template from = messages.template(account.id(), copy);
            String name = "My " + from.name();
            model.addAttribute("messages", MessageStartersView.of(messages.templates(account.id()), from.kind().key(),
                    name.length() > Messages.MAX_NAME ? from.name() : name, from.body(), Map.of()));
        }
        model.addAttribute("settings", view(account, Typed.of(account.settings()), Map.of(), saved != null, model, SettingsView.TokenForm.EMPTY));
        return "settings";
    }

    /** A field left out of the form stays as it is (a form elsewhere may change only some). */
    @PostMapping("/settings")
    String save(Account account, @RequestParam(defaultValue = "") String capacity,
                @RequestParam(defaultValue = "") String timeZone, @RequestParam(required = false) String followUpDays,
                @RequestParam(required = false) String followUpsBeforeDrop,
                @RequestParam(required = false) String introFollowUpDays,
                @RequestParam(required = false) String defaultRhythmDays,
                @RequestParam(required = false) String followUpShare,
                @RequestParam(required = false) String replyWindowDays,
                @RequestParam(required = false) String yourName, Model model) {
        Typed was = Typed.of(account.settings());
        Typed typed = new Typed(capacity, timeZone, or(followUpDays, was.followUpDays()),
                or(followUpsBeforeDrop, was.followUpsBeforeDrop()), or(introFollowUpDays, was.introFollowUpDays()),
                or(defaultRhythmDays, was.defaultRhythmDays()), or(followUpShare, was.followUpShare()),
                or(replyWindowDays, was.replyWindowDays()), or(yourName, was.yourName()));
        try {
            Checks checks = new Checks();
            SettingsChange change = new SettingsChange(checks.value(() -> number("capacity", typed.capacity())), timeZone,
                    checks.value(() -> number("followUpDays", typed.followUpDays())),
                    checks.value(() -> number("followUpsBeforeDrop", typed.followUpsBeforeDrop())),
                    checks.value(() -> number("introFollowUpDays", typed.introFollowUpDays())),
                    Optional.ofNullable(typed.defaultRhythmDays().isBlank() ? null
                            : checks.value(() -> number("defaultRhythmDays", typed.defaultRhythmDays()))),
                    checks.value(() -> number("followUpShare", typed.followUpShare())),
                    checks.value(() -> number("replyWindowDays", typed.replyWindowDays())), typed.yourName());
            if (checks.refusedAny()) {
                checks.run(() -> accounts.checkSettings(change)); // what is not a number, with the rest said at once
                checks.done();
            }
            accounts.changeSettings(account.id(), change);
        } catch (Invalid e) {
            model.addAttribute("settings", view(account, typed, FormErrors.of(e), false, model, SettingsView.TokenForm.EMPTY));
            return "settings";
        }
        return "redirect:/settings?saved";
    }

    private static String or(String typed, String current) {
        return typed == null ? current : typed;
    }

    @PostMapping("/settings/tokens")
    String newToken(Account account, @RequestParam(defaultValue = "") String name,
                    @RequestParam(defaultValue = "write") String scope, @RequestParam(defaultValue = "") String expires,
                    Model model, RedirectAttributes redirect) {
        NewToken token;
        SettingsView.TokenForm typed = new SettingsView.TokenForm(name, scope, expires);
        try {
            Checks checks = new Checks();
            TokenScope scoped = checks.value(() -> TokenScope.of("scope", scope));
            Instant ends = checks.value(() -> TokenExpiry.parse("expires", expires, clock.instant(),
                    account.settings().timeZone()));
            checks.run(() -> Fields.required("name", name, 100));
            checks.done();
            token = accounts.newToken(account.id(), name, scoped, ends);
        } catch (Invalid e) {
            model.addAttribute("settings", view(account, Typed.of(account.settings()), FormErrors.of(e, TOKEN_FIELDS),
                    false, model, typed));
            return "settings";
        }
        // Shown once on the next page, carried in the session for that one request: never in a URL.
        redirect.addFlashAttribute("newTokenName", token.token().name());
        redirect.addFlashAttribute("newTokenSecret", token.secret());
        return "redirect:/settings";
    }

    @PostMapping("/settings/tokens/{id}/revoke")
    String revoke(Account account, @PathVariable long id) {
        accounts.revokeToken(account.id(), id);
        return "redirect:/settings";
    }

    @PostMapping("/settings/messages")
    String addMessage(Account account, @RequestParam(defaultValue = "") String kind,
                      @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String body,
                      Model model) {
        try {
            messages.add(account.id(), new NewTemplate(kind, name, body));
        } catch (Invalid e) {
            model.addAttribute("messages", MessageStartersView.of(messages.templates(account.id()), kind, name, body,
                    FormErrors.of(e, MESSAGE_FIELDS)));
            model.addAttribute("settings", view(account, Typed.of(account.settings()), Map.of(), false, model, SettingsView.TokenForm.EMPTY));
            return "settings";
        }
        return "redirect:/settings#message-starters";
    }

    /** Rewrites one of the user's own starters; a refusal shows it open, as typed, with the reason. */
    @PostMapping("/settings/messages/{id}")
    String updateMessage(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String kind,
                         @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String body,
                         Model model) {
        try {
            messages.update(account.id(), id, new NewTemplate(kind, name, body));
        } catch (Invalid e) {
            Map<String, String> errors = new java.util.LinkedHashMap<>();
            e.all().forEach(one -> errors.putIfAbsent(one.field().equals("body") ? "body" : "name",
                    FormErrors.inWords(one.field(), one.getMessage())));
            model.addAttribute("messages", MessageStartersView.fresh(messages.templates(account.id()))
                    .editing(new MessageStartersView.Edit(id, name, body, errors)));
            model.addAttribute("settings", view(account, Typed.of(account.settings()), Map.of(), false, model, SettingsView.TokenForm.EMPTY));
            return "settings";
        }
        return "redirect:/settings#message-" + id;
    }

    @PostMapping("/settings/messages/{id}/delete")
    String deleteMessage(Account account, @PathVariable long id, RedirectAttributes redirect) {
        messages.delete(account.id(), id);
        redirect.addFlashAttribute(TrashUndo.FLASH, TrashUndo.of(trash.get(account.id(), "template", id),
                "/settings#message-starters"));
        return "redirect:/settings#message-starters";
    }

    /** The settings, and the message starters unless a refused one is already shown as typed. */
    private SettingsView view(Account account, Typed typed, Map<String, String> errors, boolean saved, Model model,
                              SettingsView.TokenForm tokenForm) {
        if (!model.containsAttribute("messages")) {
            model.addAttribute("messages", MessageStartersView.fresh(messages.templates(account.id())));
        }
        model.addAttribute("admin", account.admin());
        return new SettingsView(account.email(), typed.capacity(), typed.timeZone(), ZONES,
                tokenRows(account, accounts.tokens(account.id())), errors, saved,
                (String) model.getAttribute("newTokenName"), (String) model.getAttribute("newTokenSecret"), tokenForm, typed.followUpDays(), typed.followUpsBeforeDrop(), typed.introFollowUpDays(),
                typed.defaultRhythmDays(), typed.followUpShare(), typed.replyWindowDays(), typed.yourName());
    }

    private List<SettingsView.TokenRow> tokenRows(Account account, List<ApiToken> tokens) {
        ZoneId zone = account.settings().timeZone();
        Instant now = clock.instant();
        return tokens.stream().map(t -> new SettingsView.TokenRow(t.id(), t.name(), t.scope().key(),
                day(t.createdAt(), zone), t.expiresAt() == null ? "never" : day(t.expiresAt(), zone),
                t.expired(now), t.lastUsedAt() == null ? "never" : day(t.lastUsedAt(), zone))).toList();
    }

    private String day(Instant at, ZoneId zone) {
        return Dates.day(at.atZone(zone).toLocalDate(), LocalDate.now(clock.withZone(zone)));
    }

    private static int number(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(field, field + " must be a whole number, like 5");
        }
    }
}
