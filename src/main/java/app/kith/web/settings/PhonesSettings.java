package app.kith.web.settings;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.AppPasswords;
import app.kith.account.NewAppPassword;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings' phones and apps: name a device to get a password for it (shown once, on the page right
 * after, carried in the session for that one request and never in a URL), see when each was last
 * used, revoke one without touching the others.
 */
@Controller
class PhonesSettings {

    private static final String MADE = "newAppPassword";
    private static final String ERROR = "appPasswordError";
    private static final String TYPED = "appPasswordName";

    private final AppPasswords appPasswords;

    PhonesSettings(AppPasswords appPasswords) {
        this.appPasswords = appPasswords;
    }

    /** Gives the settings page its phones section, so the page itself need not know of it. */
    @ControllerAdvice(assignableTypes = SettingsPage.class)
    static class Section {

        private final AppPasswords appPasswords;

        Section(AppPasswords appPasswords) {
            this.appPasswords = appPasswords;
        }

        @ModelAttribute("phones")
        PhonesSection section(Account account, Model model) {
            ZoneId zone = account.settings().timeZone();
            var devices = appPasswords.list(account.id()).stream().map(p -> new PhonesSection.Device(p.id(), p.name(),
                    day(p.createdAt(), zone), p.lastUsedAt() == null ? "never" : day(p.lastUsedAt(), zone))).toList();
            return new PhonesSection(devices, (PhonesSection.NewDevice) model.asMap().get(MADE),
                    (String) model.asMap().get(ERROR), (String) model.asMap().getOrDefault(TYPED, ""));
        }
    }

    @PostMapping("/settings/phones")
    String make(Account account, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        try {
            NewAppPassword made = appPasswords.create(account.id(), name);
            redirect.addFlashAttribute(MADE, new PhonesSection.NewDevice(made.appPassword().name(), made.password(),
                    ServletUriComponentsBuilder.fromCurrentContextPath().path("/dav/").build().toUriString(),
                    made.userName()));
        } catch (Invalid e) {
            redirect.addFlashAttribute(ERROR, e.getMessage());
            redirect.addFlashAttribute(TYPED, name);
        }
        return "redirect:/settings#phones";
    }

    @PostMapping("/settings/phones/{id}/revoke")
    String revoke(Account account, @PathVariable long id) {
        appPasswords.revoke(account.id(), id);
        return "redirect:/settings#phones";
    }

    private static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }
}
