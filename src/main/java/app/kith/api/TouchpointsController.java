package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.offline.SentOnce;
import app.kith.person.People;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.TouchpointEdit;
import app.kith.touchpoint.Touchpoints;
import app.kith.trash.Trash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "touchpoints", description = "Every contact with a person; each one resets their clock. Nothing is "
        + "recorded after today; a touchpoint can be corrected or deleted, and the clock follows.")
class TouchpointsController {

    static final int MAX_PAGE = 1_000;

    /**
     * A contact: when (default today, never later), channel (email, call, video, coffee, meeting,
     * message, event, social, other; default other), direction (out, in, mutual; default out) and a note.
     */
    record TouchpointBody(LocalDate on, String channel, String direction, String note) {
    }

    private final People people;
    private final Touchpoints touchpoints;
    private final Patches patches;
    private final SentOnce sentOnce;
    private final Clock clock;
    private final Trash trash;

    TouchpointsController(People people, Touchpoints touchpoints, Patches patches, SentOnce sentOnce, Clock clock,
                          Trash trash) {
        this.trash = trash;
        this.people = people;
        this.touchpoints = touchpoints;
        this.patches = patches;
        this.sentOnce = sentOnce;
        this.clock = clock;
    }

    @PostMapping("/people/{id}/touchpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a contact with a person (no body: a contact today); it checks them off Today",
            description = "Sent again with the same Idempotency-Key, it logs nothing more and answers with the "
                    + "touchpoint the first request logged.")
    Touchpoint log(@AuthenticationPrincipal Account account, @PathVariable long id,
                   @Parameter(description = SentOnceKey.DESCRIPTION) @RequestHeader(name = SentOnceKey.HEADER,
                           required = false) String key,
                   @RequestBody(required = false) TouchpointBody body) {
        TouchpointBody t = body == null ? new TouchpointBody(null, null, null, null) : body;
        people.get(account.id(), id);
        return sentOnce.once(account.id(), key, SentOnceKey.HEADER, () -> touchpoints.log(account.id(),
                        new NewTouchpoint(id, t.on(), t.channel(), t.direction(), t.note()), account.today(clock)),
                        Touchpoint::id)
                .orElseGet(() -> touchpoints.get(account.id(), sentOnce.made(account.id(), key, SentOnceKey.HEADER)
                        .orElseThrow()));
    }

    @GetMapping("/people/{id}/touchpoints")
    @Operation(summary = "A person's touchpoints, newest first, each with its id")
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

    @GetMapping("/touchpoints/{id}")
    @Operation(summary = "One touchpoint")
    Touchpoint get(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return touchpoints.get(account.id(), id);
    }

    @PatchMapping("/touchpoints/{id}")
    @Operation(summary = "Correct a touchpoint (JSON merge patch of on, channel, direction, note; a null note clears"
            + " it); the person's clock follows")
    Touchpoint edit(@AuthenticationPrincipal Account account, @PathVariable long id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(schema = @Schema(implementation = TouchpointBody.class)))
                    @RequestBody JsonNode changes) {
        TouchpointBody t = patches.read(changes, TouchpointBody.class);
        for (String kept : List.of("on", "channel", "direction")) {
            if (changes.has(kept) && changes.get(kept).isNull()) {
                throw new Invalid(kept, kept + " cannot be cleared: every touchpoint has one");
            }
        }
        // In a merge patch null clears: for the note, that is the empty note.
        String note = changes.has("note") && t.note() == null ? "" : t.note();
        return touchpoints.edit(account.id(), id, new TouchpointEdit(t.on(), t.channel(), t.direction(), note),
                account.today(clock));
    }

    @DeleteMapping("/touchpoints/{id}")
    @Operation(summary = "Delete a touchpoint into the trash; the person's last touch and due date are worked out from"
            + " the others. The answer says where to restore it (and their clock with it) for 30 days")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        touchpoints.delete(account.id(), id);
        return InTrash.of(trash.get(account.id(), "touchpoint", id));
    }
}
