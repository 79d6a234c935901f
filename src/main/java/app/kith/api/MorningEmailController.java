package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.digest.DigestSettings;
import app.kith.digest.DigestStatus;
import app.kith.digest.Digests;
import app.kith.digest.MailRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/morning-email")
@Tag(name = "morning email", description = "Today's plan by email once a day, at the hour the account chose.")
class MorningEmailController {

    /**
     * Whether the email goes out and at which hour (0–23) of the account's time zone; where it goes
     * (null: the account has no address); whether the server has a mail server at all; when the
     * last one went out; and the last failure not yet overcome.
     */
    record MorningEmail(boolean enabled, int hour, @NonNull String timeZone, String email, boolean mailConfigured,
                        Instant lastSentAt, MorningEmailFailure failure) {
    }

    /** What the mail server or the network said, and when it is tried again (null: not, its day is over). */
    record MorningEmailFailure(@NonNull Instant at, @NonNull String error, Instant nextTryAt) {
    }

    /** The settings to change; those left out stay. */
    record MorningEmailBody(Boolean enabled, Integer hour) {
    }

    /** The mail server took the test email. */
    record TestSent(boolean sent) {
    }

    private final Digests digests;
    private final Accounts accounts;
    private final Patches patches;

    MorningEmailController(Digests digests, Accounts accounts, Patches patches) {
        this.digests = digests;
        this.accounts = accounts;
        this.patches = patches;
    }

    @GetMapping
    @Operation(summary = "Whether the morning email goes out, at which hour, to which address, and how the last sends went")
    MorningEmail get(@AuthenticationPrincipal Account account) {
        return view(accounts.byId(account.id()));
    }

    @PatchMapping
    @Operation(summary = "Turn the morning email on or off (on needs a mail server and the account's email address) "
            + "or change its hour (0–23, in the account's time zone)")
    MorningEmail change(@AuthenticationPrincipal Account account,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(
                                content = @Content(schema = @Schema(implementation = MorningEmailBody.class)))
                        @RequestBody JsonNode changes) {
        MorningEmailBody change = patches.read(changes, MorningEmailBody.class);
        // Neither can be cleared: null is refused, as a form would refuse it.
        if (changes.has("enabled") && change.enabled() == null) {
            throw new Invalid("enabled", "enabled must be true or false");
        }
        if (changes.has("hour") && change.hour() == null) {
            throw new Invalid("hour", "hour must be a whole number from 0 to 23");
        }
        DigestSettings now = digests.settings(account.id());
        digests.change(account.id(), change.enabled() == null ? now.enabled() : change.enabled(),
                change.hour() == null ? now.hour() : change.hour());
        return view(accounts.byId(account.id()));
    }

    @PostMapping("/test")
    @Operation(summary = "Send today's email now to the account's address, whatever the settings; not counted as the day's")
    @ApiResponse(responseCode = "200", description = "The mail server took it", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "502", ref = ApiDocs.MAIL_REFUSED)
    TestSent test(@AuthenticationPrincipal Account account) {
        digests.sendTest(accounts.byId(account.id()));
        return new TestSent(true);
    }

    /** The request was fine; the mail server was not. */
    @ExceptionHandler(MailRefused.class)
    ResponseEntity<ProblemDetail> mailRefused(MailRefused e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage()));
    }

    private MorningEmail view(Account account) {
        DigestStatus status = digests.status(account);
        DigestStatus.Failure f = status.failure();
        return new MorningEmail(status.settings().enabled(), status.settings().hour(),
                account.settings().timeZone().getId(), status.email(), status.mailConfigured(), status.lastSent(),
                f == null ? null : new MorningEmailFailure(f.at(), f.error(), f.nextTry()));
    }
}
