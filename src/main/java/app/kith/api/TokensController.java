package app.kith.api;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.ApiToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "The account's API tokens (made with: kith token new NAME).")
class TokensController {

    private final Accounts accounts;

    TokensController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The tokens' names and dates; secrets are never shown again")
    List<ApiToken> list(@AuthenticationPrincipal Account account) {
        return accounts.tokens(account.id());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a token (the one making this call too, if asked)")
    void revoke(@AuthenticationPrincipal Account account, @PathVariable long id) {
        accounts.revokeToken(account.id(), id);
    }
}
