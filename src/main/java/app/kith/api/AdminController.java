package app.kith.api;

import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.account.AccountSummary;
import app.kith.account.Accounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What an admin's token may read of the server's accounts; to any other token the route does not exist. */
@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "admin", description = "The server's accounts, for admins only (anyone else gets 404). "
        + "Disabling, deleting, inviting and making admins are done on /admin or with kith admin.")
class AdminController {

    private final Accounts accounts;

    AdminController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    @Operation(summary = "Every account: email, dates, people, admin, disabled; 404 unless the token is an admin's")
    @ApiResponse(responseCode = "200", description = "The accounts, oldest first", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    List<AccountSummary> accounts(@AuthenticationPrincipal Account account) {
        if (!account.admin()) {
            throw new NotFound("No such endpoint: /api/v1/admin/accounts. The API is described at /api/openapi.json");
        }
        return accounts.admin().list();
    }
}
