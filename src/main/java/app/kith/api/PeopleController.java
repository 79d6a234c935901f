package app.kith.api;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.trash.Trash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "people", description = "The people you keep in touch with.")
class PeopleController {

    private final People people;
    private final Patches patches;
    private final Clock clock;
    private final Trash trash;

    PeopleController(People people, Patches patches, Clock clock, Trash trash) {
        this.people = people;
        this.patches = patches;
        this.clock = clock;
        this.trash = trash;
    }

    /** What a new person's body may say beside their properties. */
    record NewPersonFlags(
            @Schema(description = "true: do not track them. Without it, someone given neither rhythmDays nor circles "
                    + "gets your default rhythm (defaultRhythmDays in settings).") Boolean noRhythm) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a person; circles are named, and Weekly, Monthly, Quarterly, Yearly are made on first use",
            description = "Someone given neither rhythmDays nor circles gets your default rhythm (settings), unless "
                    + "the body says \"noRhythm\": true.")
    ResponseEntity<Person> add(@AuthenticationPrincipal Account account,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                       schema = @Schema(allOf = {PersonDraft.class, NewPersonFlags.class})))
                               @RequestBody JsonNode body) {
        if (!body.isObject()) {
            throw new Invalid(null, "the body must be one JSON object");
        }
        JsonNode noRhythm = body.path("noRhythm");
        PersonDraft draft = patches.read(((ObjectNode) body.deepCopy()).without("noRhythm"), PersonDraft.class);
        if (!noRhythm.isMissingNode() && !noRhythm.isNull() && !noRhythm.isBoolean()) {
            throw new Invalid("noRhythm", "noRhythm must be true or false");
        }
        if (noRhythm.asBoolean(false)) {
            if (draft.rhythmDays() != null) {
                throw new Invalid("noRhythm", "noRhythm and rhythmDays say opposite things: send one");
            }
        } else {
            draft = draft.withDefaultRhythm(account.settings().defaultRhythmDays());
        }
        Person person = people.add(account.id(), draft, account.today(clock));
        return ResponseEntity.created(URI.create("/api/v1/people/" + person.id())).body(person);
    }

    @GetMapping
    @Operation(summary = "People by name, or those q finds, best first: names by their beginning as typed, then who "
            + "knows about it (topics, role, notes… stemmed), then company, role, location, email or topics by their beginning")
    List<Person> search(@AuthenticationPrincipal Account account, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        return people.search(account.id(), Fields.optional("q", q, 200), limit, offset);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A person: what you said about them, their circles and their clock")
    Person get(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return people.get(account.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace everything said about a person; their touchpoints and clock stay")
    Person replace(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody PersonDraft draft) {
        return people.update(account.id(), id, draft);
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change some of a person's properties (JSON merge patch: null clears one)")
    Person change(@AuthenticationPrincipal Account account, @PathVariable long id,
                  @io.swagger.v3.oas.annotations.parameters.RequestBody(
                          content = @Content(schema = @Schema(implementation = PersonDraft.class)))
                  @RequestBody JsonNode changes) {
        PersonDraft current = people.get(account.id(), id).toDraft();
        return people.update(account.id(), id, patches.merge(current, changes, PersonDraft.class));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a person into the trash: gone from every list and Today at once; the answer says"
            + " where to restore them for 30 days, like every other DELETE into the trash")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        people.delete(account.id(), id);
        return InTrash.of(trash.get(account.id(), "person", id));
    }
}
