package app.kith.api;

import app.kith.account.Account;
import app.kith.trash.Trash;
import app.kith.intro.IntroQuery;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.intro.Suggestion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "introductions", description = "Connecting two people you know: each side agrees first (double opt-in),"
        + " then the introduction, then how it went.")
class IntroductionsController {

    private final Introductions introductions;
    private final Clock clock;
    private final Trash trash;

    IntroductionsController(Introductions introductions, Clock clock, Trash trash) {
        this.trash = trash;
        this.introductions = introductions;
        this.clock = clock;
    }

    @PostMapping("/api/v1/introductions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose introducing two people (ids) for a reason; on defaults to today")
    @ApiResponse(responseCode = "201", description = "The introduction, proposed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    ResponseEntity<Introduction> propose(@AuthenticationPrincipal Account account, @RequestBody NewIntroduction body) {
        Introduction intro = introductions.propose(account.id(), body, account.today(clock));
        return ResponseEntity.created(URI.create("/api/v1/introductions/" + intro.id())).body(intro);
    }

    @GetMapping("/api/v1/introductions")
    @Operation(summary = "Introductions, newest first: open or closed, in a state, of a person (either side)")
    List<Introduction> list(@AuthenticationPrincipal Account account,
                            @Parameter(description = "true: being asked or made, no outcome yet; false: closed")
                            @RequestParam(required = false) Boolean open,
                            @Parameter(description = "proposed, declined, introduced, met, no-reply or not-a-fit")
                            @RequestParam(required = false) String state,
                            @Parameter(description = "a person's id, on either side")
                            @RequestParam(required = false) Long personId,
                            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return introductions.list(account.id(), new IntroQuery(open, state, personId, limit, offset));
    }

    @GetMapping("/api/v1/introductions/{id}")
    @Operation(summary = "An introduction: both sides and their answers, where it stands, every step with its day")
    Introduction get(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return introductions.get(account.id(), id);
    }

    @DeleteMapping("/api/v1/introductions/{id}")
    @Operation(summary = "Delete an introduction into the trash, with its steps (the touchpoints they logged stay);"
            + " the answer says where to restore it for 30 days")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        introductions.delete(account.id(), id);
        return InTrash.of(trash.get(account.id(), "introduction", id));
    }

    @PostMapping("/api/v1/introductions/{id}/steps")
    @Operation(summary = "Move an introduction on: asked, agreed or declined (with personId), introduced (with a"
            + " channel), outcome (with outcome: met, no-reply, not-a-fit); on defaults to today."
            + " A step it is not ready for, or past, is a 409 that says what it waits for")
    @ApiResponse(responseCode = "200", description = "The introduction after the step", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    Introduction step(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody IntroStep step) {
        return introductions.step(account.id(), id, step, account.today(clock));
    }

    @GetMapping("/api/v1/people/{id}/introduction-suggestions")
    @Operation(summary = "Whom a person might be introduced to: the people whose topics match what they are looking"
            + " for, the most matches first, with the reason")
    List<Suggestion> suggestions(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return introductions.suggestions(account.id(), id);
    }
}
