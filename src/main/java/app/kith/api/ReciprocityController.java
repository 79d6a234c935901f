package app.kith.api;

import app.kith.account.Account;
import app.kith.reciprocity.Balance;
import app.kith.reciprocity.Reciprocity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "reciprocity", description = "Who reaches out to whom: per person, over the last year.")
class ReciprocityController {

    private final Reciprocity reciprocity;
    private final Clock clock;

    ReciprocityController(Reciprocity reciprocity, Clock clock) {
        this.reciprocity = reciprocity;
        this.clock = clock;
    }

    @GetMapping("/api/v1/people/{id}/reciprocity")
    @Operation(summary = "How many touchpoints in the last 365 days they started (in), you started (out) and shared"
            + " (mutual), in a sentence, and who reached out last")
    Balance reciprocity(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return reciprocity.of(account.id(), id, account.today(clock));
    }
}
