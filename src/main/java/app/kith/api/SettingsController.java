package app.kith.api;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.Settings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "settings", description = "How many people Today holds, and the time zone that says when a day starts.")
class SettingsController {

    /** The settings to change; those left out stay. */
    record SettingsBody(Integer capacity, String timeZone, Integer followUpDays, Integer followUpsBeforeDrop,
                        Integer introFollowUpDays) {
    }

    private final Accounts accounts;

    SettingsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The account's settings: daily capacity, time zone, follow-up habits")
    Settings get(@AuthenticationPrincipal Account account) {
        return accounts.byId(account.id()).settings();
    }

    @PatchMapping
    @Operation(summary = "Change the daily capacity (1–100), the time zone (e.g. Europe/Paris), the days before an "
            + "unanswered ask comes back (followUpDays), the follow-ups before Kith suggests dropping it, or the days "
            + "before checking on an introduction")
    Settings change(@AuthenticationPrincipal Account account, @RequestBody SettingsBody change) {
        return accounts.changeSettings(account.id(), new app.kith.account.SettingsChange(change.capacity(),
                change.timeZone(), change.followUpDays(), change.followUpsBeforeDrop(), change.introFollowUpDays()));
    }
}
