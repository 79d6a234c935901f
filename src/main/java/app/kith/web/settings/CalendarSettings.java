package app.kith.web.settings;

import app.kith.account.Account;
import app.kith.feed.CalendarFeed;
import app.kith.feed.CalendarLink;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Settings' calendar section: make the secret link of the calendar feed, make a new one, or turn
 * it off. The link is shown once, on the page right after it was made (carried in the session for
 * that one request, never in a URL), since only its hash is kept.
 */
@Controller
class CalendarSettings {

    private static final String FLASH = "newCalendarLink";

    private final CalendarFeed feed;

    CalendarSettings(CalendarFeed feed) {
        this.feed = feed;
    }

    /** Gives the settings page its calendar section, so the page itself need not know of it. */
    @ControllerAdvice(assignableTypes = SettingsPage.class)
    static class Section {

        private final CalendarFeed feed;

        Section(CalendarFeed feed) {
            this.feed = feed;
        }

        @ModelAttribute("calendar")
        CalendarSection section(Account account, Model model) {
            String link = (String) model.asMap().get(FLASH);
            String madeOn = feed.linkMadeAt(account.id()).map(at -> day(at, account.settings().timeZone())).orElse(null);
            return new CalendarSection(madeOn != null, madeOn, link,
                    link == null ? null : link.replaceFirst("^https?:", "webcal:"));
        }
    }

    @PostMapping("/settings/calendar")
    String newLink(Account account, RedirectAttributes redirect) {
        CalendarLink link = feed.newLink(account.id());
        redirect.addFlashAttribute(FLASH, ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path())
                .build().toUriString());
        return "redirect:/settings#calendar";
    }

    @PostMapping("/settings/calendar/off")
    String turnOff(Account account) {
        feed.turnOff(account.id());
        return "redirect:/settings#calendar";
    }

    private static String day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().toString();
    }
}
