package app.kith.api;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.circle.Circles;
import app.kith.person.BulkChange;
import app.kith.person.BulkEdits;
import app.kith.person.BulkResult;
import app.kith.person.PeopleQuery;
import app.kith.person.Selection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One change to many people at once: picked by id, or everyone a People-list filter matches. */
@RestController
@RequestMapping("/api/v1/people/bulk")
@Tag(name = "people", description = "The people you keep in touch with.")
class PeopleBulkController {

    enum Action {
        ADD_TO_CIRCLE, REMOVE_FROM_CIRCLE, SET_RHYTHM, SET_WHY, DELETE;

        String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    @Schema(description = "Whom a bulk change is for (give ids or filter) and what it is")
    record BulkBody(
            @Schema(description = "The people, by id") List<Long> ids,
            @Schema(description = "Instead of ids: everyone the People list shows with this filter") Filter filter,
            @Schema(description = "add-to-circle, remove-from-circle, set-rhythm, set-why or delete",
                    example = "set-rhythm") String action,
            @Schema(description = "For add-to-circle and remove-from-circle: the circle's name or id; Weekly, "
                    + "Monthly, Quarterly… are made on first use", example = "Monthly") String circle,
            @Schema(description = "For set-rhythm: days between contacts; null for no rhythm of their own (their "
                    + "circles' applies)", example = "30") Integer rhythmDays,
            @Schema(description = "For set-why: true or false to switch awesome on or off; left out, as it is")
            Boolean awesome,
            @Schema(description = "For set-why: true or false to switch connector on or off; left out, as it is")
            Boolean connector) {
    }

    @Schema(description = "A filter of the People list; every part left out matches everyone")
    record Filter(@Schema(description = "Text in the name, company, role, location, emails or topics") String q,
                  @Schema(description = "A circle's name or id") String circle,
                  @Schema(description = "Only the people due by today") Boolean due,
                  @Schema(description = "awesome, connector (each includes both), both, any (a reason given) or none") String why) {
    }

    @Schema(description = "What a bulk change did")
    record BulkReply(String action,
                     @Schema(description = "How many people it was for") int selected,
                     @Schema(description = "How many of them it changed") int changed,
                     @Schema(description = "For delete: restore them all with POST /api/v1/people/bulk/{batch}/restore "
                             + "(for 30 days)") Long batch) {
    }

    record Restored(@Schema(description = "How many came back; 0 when they were already restored") int restored) {
    }

    private final BulkEdits bulk;
    private final Circles circles;
    private final Clock clock;

    PeopleBulkController(BulkEdits bulk, Circles circles, Clock clock) {
        this.bulk = bulk;
        this.circles = circles;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Change many people at once: add to or remove from a circle, set a rhythm, set why they "
            + "matter, or delete (restorable as a whole); for ids or everyone matching a filter")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    BulkReply changeInBulk(@AuthenticationPrincipal Account account, @RequestBody BulkBody body) {
        Action action = Fields.oneOf("action", body.action(), Action.values(), Action::key);
        BulkChange change = switch (action) {
            case ADD_TO_CIRCLE -> new BulkChange.AddToCircle(body.circle());
            case REMOVE_FROM_CIRCLE -> new BulkChange.RemoveFromCircle(body.circle());
            case SET_RHYTHM -> new BulkChange.SetRhythm(body.rhythmDays());
            case SET_WHY -> new BulkChange.SetWhy(body.awesome(), body.connector());
            case DELETE -> new BulkChange.Delete();
        };
        BulkResult result = bulk.apply(account.id(), selection(account, body), change, account.today(clock));
        return new BulkReply(action.key(), result.selected(), result.changed(), result.batch());
    }

    @PostMapping("/{batch}/restore")
    @Operation(summary = "Undo a bulk delete of the last 30 days: everyone it deleted comes back")
    Restored restoreBulkDelete(@AuthenticationPrincipal Account account, @PathVariable long batch) {
        return new Restored(bulk.restore(account.id(), batch));
    }

    private Selection selection(Account account, BulkBody body) {
        if (body.ids() != null && body.filter() != null) {
            throw new Invalid("filter", "Give either ids or a filter, not both");
        }
        if (body.filter() == null) {
            return new Selection.Ids(body.ids());
        }
        Filter f = body.filter();
        Long circle = null;
        if (f.circle() != null && !f.circle().isBlank()) {
            try {
                circle = circles.find(account.id(), f.circle()).id();
            } catch (NotFound e) {
                throw new Invalid("filter.circle", e.getMessage());
            }
        }
        PeopleQuery.Reason why = f.why() == null || f.why().isBlank() ? null
                : Fields.oneOf("filter.why", f.why(), PeopleQuery.Reason.values(), r -> r.name().toLowerCase(Locale.ROOT));
        return new Selection.Matching(new PeopleQuery(f.q(), circle, Boolean.TRUE.equals(f.due()), why,
                PeopleQuery.Sort.NAME, 1, 0));
    }
}
