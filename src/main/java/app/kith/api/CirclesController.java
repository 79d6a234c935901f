package app.kith.api;

import app.kith.account.Account;
import app.kith.circle.Circle;
import app.kith.circle.CircleChange;
import app.kith.circle.Circles;
import app.kith.trash.Trash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/circles")
@Tag(name = "circles", description = "Named groups of people with a default rhythm.")
class CirclesController {

    /** A circle as sent: its name and the rhythm in days its members inherit (null: not tracked through it). */
    record CircleBody(String name, Integer rhythmDays) {
    }

    private final Circles circles;
    private final Patches patches;
    private final Trash trash;

    CirclesController(Circles circles, Patches patches, Trash trash) {
        this.circles = circles;
        this.patches = patches;
        this.trash = trash;
    }

    @GetMapping
    @Operation(summary = "Every circle, by name, with its rhythm and how many people are in it")
    List<Circle> list(@AuthenticationPrincipal Account account) {
        return circles.list(account.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a circle: a name (unique, whatever its case) and the rhythm in days its members inherit")
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    ResponseEntity<Circle> add(@AuthenticationPrincipal Account account, @RequestBody CircleBody body) {
        Circle circle = circles.add(account.id(), body.name(), body.rhythmDays());
        return ResponseEntity.created(URI.create("/api/v1/circles/" + circle.id())).body(circle);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A circle, with its rhythm and how many people are in it")
    Circle get(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return circles.byId(account.id(), id);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Rename a circle or change its rhythm (null rhythmDays: members are no longer tracked through it)")
    @ApiResponse(responseCode = "200", description = "The circle as changed", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    Circle change(@AuthenticationPrincipal Account account, @PathVariable long id,
                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                          content = @Content(schema = @Schema(implementation = CircleBody.class)))
                  @RequestBody JsonNode changes) {
        CircleBody body = patches.read(changes, CircleBody.class);
        // A name sent as null is a name taken away, which the check for a required name refuses.
        String name = changes.has("name") && body.name() == null ? "" : body.name();
        boolean clearRhythm = changes.has("rhythmDays") && body.rhythmDays() == null;
        return circles.change(account.id(), id, new CircleChange(name, body.rhythmDays(), clearRhythm));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a circle into the trash; its members stay, with the rhythm their other circles give"
            + " them. The answer says where to restore it, with its members, for 30 days")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        circles.delete(account.id(), id);
        return InTrash.of(trash.get(account.id(), "circle", id));
    }
}
