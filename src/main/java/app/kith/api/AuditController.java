package app.kith.api;

import app.kith.account.Account;
import app.kith.audit.Audit;
import app.kith.audit.AuditPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "The account's audit log: sign-ins, tokens and app passwords, imports, exports,"
        + " merges and deletes, kept a year. It names no contact, only counts.")
class AuditController {

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "The account's events, newest first, a page at a time; `older` is the next page's `before`")
    AuditPage list(@AuthenticationPrincipal Account account,
                   @Parameter(description = "How many events (1 to 200)", example = "50")
                   @RequestParam(defaultValue = "50") int limit,
                   @Parameter(description = "Only events older than this one: the `older` of the page before")
                   @RequestParam(required = false) Long before) {
        return audit.page(account.id(), before, limit);
    }
}
