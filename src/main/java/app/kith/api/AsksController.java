package app.kith.api;

import app.kith.account.Account;
import app.kith.trash.Trash;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.AskState;
import app.kith.ask.AskStats;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.Invalid;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/asks")
@Tag(name = "asks", description = "What you asked of whom, and what became of it: ignored and punted asks come back on Today.")
class AsksController {

    /** An ask: of whom, what (short), when (default today), how (default message). */
    record AskBody(Long personId, String text, LocalDate on, String channel) {
    }

    /** yes, no, punt (with {@code to}) or drop; {@code on} defaults to today. */
    record AnswerBody(String answer, LocalDate to, LocalDate on) {
    }

    /** A follow-up (out), or with {@code replied} their reply (in); each is a touchpoint. */
    record FollowUpBody(LocalDate on, String channel, String note, Boolean replied) {
    }

    private final Asks asks;
    private final Clock clock;
    private final Trash trash;

    AsksController(Asks asks, Clock clock, Trash trash) {
        this.trash = trash;
        this.asks = asks;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an ask")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ResponseEntity<Ask> ask(@AuthenticationPrincipal Account account, @RequestBody AskBody body) {
        if (body.personId() == null) {
            throw new Invalid("personId", "personId is required");
        }
        Ask ask = asks.ask(account, new NewAsk(body.personId(), body.text(), body.on(), body.channel()), account.today(clock));
        return ResponseEntity.created(URI.create("/api/v1/asks/" + ask.id())).body(ask);
    }

    @GetMapping
    @Operation(summary = "Asks, newest first; open=true for those still waiting or punted; state and personId filter")
    List<Ask> list(@AuthenticationPrincipal Account account, @RequestParam(required = false) Boolean open,
                   @RequestParam(required = false) String state, @RequestParam(required = false) Long personId) {
        return asks.list(account, open, state(state), personId, account.today(clock));
    }

    @GetMapping("/stats")
    @Operation(summary = "What became of asks (of one person with personId): yes, no, punted, ignored, dropped, open")
    AskStats stats(@AuthenticationPrincipal Account account, @RequestParam(required = false) Long personId) {
        return asks.stats(account, personId, account.today(clock));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An ask: of whom, what, where it stands that day, and its history")
    Ask get(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return asks.get(account, id, account.today(clock));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an ask into the trash, with its history (the touchpoints it logged stay); the answer"
            + " says where to restore it for 30 days")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        asks.delete(account, id, account.today(clock));
        return InTrash.of(trash.get(account.id(), "ask", id));
    }

    @PostMapping("/{id}/answer")
    @Operation(summary = "Answer an open ask: yes, no, punt (with to) or drop")
    @ApiResponse(responseCode = "200", description = "The ask, answered", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    Ask answer(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody AnswerBody body) {
        Answer answer = Answer.parse(body.answer(), body.to() == null ? null : body.to().toString());
        return asks.answer(account, id, answer, body.on(), account.today(clock));
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Follow up on an open ask, or log their reply (replied: true); either is a touchpoint")
    @ApiResponse(responseCode = "200", description = "The ask, with the follow-up or reply", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    Ask followUp(@AuthenticationPrincipal Account account, @PathVariable long id,
                 @RequestBody(required = false) FollowUpBody body) {
        FollowUpBody f = body == null ? new FollowUpBody(null, null, null, false) : body;
        return Boolean.TRUE.equals(f.replied())
                ? asks.replied(account, id, f.on(), f.channel(), f.note(), account.today(clock))
                : asks.followUp(account, id, f.on(), f.channel(), f.note(), account.today(clock));
    }

    private static AskState state(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return AskState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid("state", "state must be waiting, punted, yes, no or dropped, not \"" + state + "\"");
        }
    }
}
