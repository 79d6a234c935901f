package app.kith.api;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.Settings;
import app.kith.account.SettingsChange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/settings")
@Tag(name = "settings", description = "How many people Today holds, and the time zone that says when a day starts.")
class SettingsController {

    /**
     * The settings to change; those left out stay. {@code defaultRhythmDays} and {@code yourName}
     * may be set to null: no default rhythm (people added without a rhythm or circle are not
     * tracked), no name.
     */
    record SettingsBody(Integer capacity, String timeZone, Integer followUpDays, Integer followUpsBeforeDrop,
                        Integer introFollowUpDays, Integer defaultRhythmDays, Integer followUpShare,
                        Integer replyWindowDays, String yourName) {
    }

    private final Accounts accounts;
    private final Patches patches;

    SettingsController(Accounts accounts, Patches patches) {
        this.accounts = accounts;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "The account's settings: daily capacity, time zone, follow-up habits")
    Settings get(@AuthenticationPrincipal Account account) {
        return accounts.byId(account.id()).settings();
    }

    @PatchMapping
    @Operation(summary = "Change the daily capacity (1–100), the time zone (e.g. Europe/Paris), the default rhythm of "
            + "new people (defaultRhythmDays, null: none), the percent of Today follow-ups may take while people are "
            + "due (followUpShare, 0–100), the days a reply stays on Today (replyWindowDays, 2–365), your name, the "
            + "days before an unanswered ask comes back (followUpDays), the follow-ups before Kith suggests dropping "
            + "it, or the days before checking on an introduction")
    Settings change(@AuthenticationPrincipal Account account,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = SettingsBody.class)))
                    @RequestBody JsonNode changes) {
        SettingsBody change = patches.read(changes, SettingsBody.class);
        // Left out: unchanged; null: cleared.
        Optional<Integer> defaultRhythm = changes.has("defaultRhythmDays")
                ? Optional.ofNullable(change.defaultRhythmDays()) : null;
        String yourName = changes.has("yourName") ? (change.yourName() == null ? "" : change.yourName()) : null;
        return accounts.changeSettings(account.id(), new SettingsChange(change.capacity(), change.timeZone(),
                change.followUpDays(), change.followUpsBeforeDrop(), change.introFollowUpDays(), defaultRhythm,
                change.followUpShare(), change.replyWindowDays(), yourName));
    }
}
