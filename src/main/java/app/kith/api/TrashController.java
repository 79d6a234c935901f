package app.kith.api;

import app.kith.account.Account;
import app.kith.trash.Trash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trash")
@Tag(name = "trash", description = "What was deleted in the last 30 days (people, circles, asks, introductions,"
        + " touchpoints, message templates): restore it as it was, or delete it for good at once.")
class TrashController {

    private static final String KIND = "person, circle, ask, introduction, touchpoint or template";

    /** How many things emptying the trash deleted for good. */
    record Emptied(int deleted) {
    }

    private final Trash trash;

    TrashController(Trash trash) {
        this.trash = trash;
    }

    @GetMapping
    @Operation(summary = "Everything deleted in the last 30 days, the latest first, with where to restore each")
    List<InTrash> list(@AuthenticationPrincipal Account account) {
        return trash.list(account.id()).stream().map(InTrash::of).toList();
    }

    @PostMapping("/{kind}/{id}/restore")
    @Operation(summary = "Bring something back from the trash as it was: a circle with its members, an ask or an"
            + " introduction with its history, a touchpoint with the person's last touch and due day")
    @ApiResponse(responseCode = "200", description = "What came back, as it was in the trash", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    InTrash restore(@AuthenticationPrincipal Account account, @Parameter(description = KIND) @PathVariable String kind,
                    @PathVariable long id) {
        return InTrash.of(trash.restore(account, kind, id));
    }

    @DeleteMapping("/{kind}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete something in the trash for good, now")
    void deleteNow(@AuthenticationPrincipal Account account, @Parameter(description = KIND) @PathVariable String kind,
                   @PathVariable long id) {
        trash.deleteNow(account.id(), kind, id);
    }

    @DeleteMapping
    @Operation(summary = "Empty the trash: everything in it is deleted for good, now")
    Emptied empty(@AuthenticationPrincipal Account account) {
        return new Emptied(trash.empty(account.id()));
    }
}
