package app.kith.api;

import app.kith.account.Account;
import app.kith.circle.Circles;
import app.kith.search.Who;
import app.kith.search.WhoAnswer;
import app.kith.search.WhoQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "who", description = "Who knows about something: people ranked by what they know and do, with why.")
class WhoController {

    private final Who who;
    private final Circles circles;

    WhoController(Who who, Circles circles) {
        this.who = who;
        this.circles = circles;
    }

    @GetMapping("/api/v1/who")
    @Operation(summary = "Who knows about something, best first, with why each matched and when you last spoke")
    @ApiResponse(responseCode = "200", description = "The people, best first (none is an empty list)", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    List<WhoAnswer> who(@AuthenticationPrincipal Account account,
                        @Parameter(description = "Words in any order and form, \"phrases\" in quotes, or a name")
                        @RequestParam String q,
                        @Parameter(description = "A circle's name or id") @RequestParam(required = false) String circle,
                        @Parameter(description = "A part of their location") @RequestParam(required = false) String location,
                        @Parameter(description = "awesome or connector") @RequestParam(required = false) String why,
                        @Parameter(description = "At most this many (default 20, at most 200)")
                        @RequestParam(required = false, defaultValue = "20") int limit) {
        Long circleId = circle == null || circle.isBlank() ? null : circles.find(account.id(), circle).id();
        return who.who(account.id(), new WhoQuery(q, circleId, location, why, limit)).stream()
                .map(WhoAnswer::of).toList();
    }
}
