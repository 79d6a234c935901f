package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.ApiToken;
import app.kith.account.NewToken;
import app.kith.account.TokenExpiry;
import app.kith.account.TokenScope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "The account's API tokens (made with: kith token new NAME [--scope read|write]"
        + " [--expires 90d]).")
class TokensController {

    /** A token to make: scope read or write (default write); it ends at expiresAt or in expiresInDays, or never. */
    record TokenBody(@Schema(example = "backup script") String name,
                     @Schema(allowableValues = {"read", "write"}, example = "read") String scope,
                     @Schema(example = "2027-03-31T00:00:00Z") Instant expiresAt,
                     @Schema(example = "90") Integer expiresInDays) {
    }

    /** A token just made: the only time its secret is told. */
    record MadeToken(@NonNull ApiToken token, @NonNull String secret) {
    }

    private final Accounts accounts;
    private final Clock clock;

    TokensController(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The tokens' names, scopes and dates; secrets are never shown again")
    List<ApiToken> list(@AuthenticationPrincipal Account account) {
        return accounts.tokens(account.id());
    }

    /**
     * A token made with a token ends no later than the token making it: an expiring token cannot
     * give itself a longer life.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a token, told this once; it ends no later than the token making it")
    @ApiResponse(responseCode = "201", description = "The new token and its secret", useReturnTypeSchema = true)
    MadeToken make(@Parameter(hidden = true) TokenFilter.TokenAuthentication caller, @RequestBody TokenBody body) {
        TokenBody typed = body == null ? new TokenBody(null, null, null, null) : body;
        if (typed.expiresAt() != null && typed.expiresInDays() != null) {
            throw new Invalid("expiresInDays", "give expiresAt or expiresInDays, not both");
        }
        Instant now = clock.instant();
        Instant ends = typed.expiresInDays() != null ? TokenExpiry.inDays("expiresInDays", typed.expiresInDays(), now)
                : typed.expiresAt();
        Instant limit = caller.expiresAt();
        if (limit != null && (ends == null || ends.isAfter(limit))) {
            throw new Invalid(typed.expiresInDays() != null ? "expiresInDays" : "expiresAt",
                    "the new token must end no later than the token making it, " + limit);
        }
        NewToken made = accounts.newToken(caller.getPrincipal().id(), typed.name(),
                TokenScope.of("scope", typed.scope()), ends);
        return new MadeToken(made.token(), made.secret());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token (the one making this call too, if asked)")
    void revoke(@AuthenticationPrincipal Account account, @PathVariable long id) {
        accounts.revokeToken(account.id(), id);
    }
}
