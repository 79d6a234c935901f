package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.People;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people/{id}/touchpoints")
@Tag(name = "touchpoints", description = "Every contact with a person; each one resets their clock.")
class TouchpointsController {

    static final int MAX_PAGE = 1_000;

    /**
     * A contact: when (default today), channel (email, call, video, coffee, message, event, social,
     * other; default other), direction (out, in, mutual; default out) and a note.
     */
    record TouchpointBody(LocalDate on, String channel, String direction, String note) {
    }

    private final People people;
    private final Touchpoints touchpoints;
    private final Clock clock;

    TouchpointsController(People people, Touchpoints touchpoints, Clock clock) {
        this.people = people;
        this.touchpoints = touchpoints;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a contact with a person (no body: a contact today); it checks them off Today")
    Touchpoint log(@AuthenticationPrincipal Account account, @PathVariable long id,
                   @RequestBody(required = false) TouchpointBody body) {
        TouchpointBody t = body == null ? new TouchpointBody(null, null, null, null) : body;
        people.get(account.id(), id);
        return touchpoints.log(account.id(), new NewTouchpoint(id, t.on(), t.channel(), t.direction(), t.note()),
                account.today(clock));
    }

    @GetMapping
    @Operation(summary = "A person's touchpoints, newest first")
    List<Touchpoint> list(@AuthenticationPrincipal Account account, @PathVariable long id,
                          @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new Invalid("limit", "limit must be between 1 and " + MAX_PAGE);
        }
        if (offset < 0) {
            throw new Invalid("offset", "offset must not be negative");
        }
        people.get(account.id(), id);
        return touchpoints.ofPerson(account.id(), id, limit, offset);
    }
}
