package app.kith.api;

import app.kith.account.Account;
import app.kith.agenda.Calendars;
import app.kith.agenda.FetchResult;
import app.kith.agenda.NewCalendar;
import app.kith.agenda.NextMeeting;
import app.kith.agenda.Subscription;
import app.kith.person.People;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "calendars", description = "Calendars read for touchpoints: a private iCalendar address (Google, Outlook)"
        + " or a CalDAV calendar. Every hour, past meetings with people in Kith (matched by email) become mutual"
        + " touchpoints, once each; coming ones are the person's next meetings. Read only.")
class CalendarsController {

    /**
     * A calendar to subscribe to: its address, and for CalDAV the user name and password (kind
     * caldav, or left out: CalDAV when a user is given, else a private iCalendar address). The
     * address and password are kept sealed, and never shown again.
     */
    record CalendarBody(String kind, String url, String user, String password) {
    }

    /** A calendar just added and its first fetch. */
    record AddedCalendar(Subscription calendar, FetchResult fetch) {
    }

    private final Calendars calendars;
    private final People people;

    CalendarsController(Calendars calendars, People people) {
        this.calendars = calendars;
        this.people = people;
    }

    @GetMapping("/calendars")
    @Operation(summary = "The calendars read for touchpoints, with their last fetch, what it added and its last error")
    List<Subscription> list(@AuthenticationPrincipal Account account) {
        return calendars.list(account.id());
    }

    @PostMapping("/calendars")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Subscribe to a calendar; it is fetched at once (a failed fetch is said in fetch.error, the"
            + " calendar stays) and then every hour")
    @ApiResponse(responseCode = "201", description = "The calendar and its first fetch", useReturnTypeSchema = true)
    AddedCalendar add(@AuthenticationPrincipal Account account, @RequestBody CalendarBody body) {
        Subscription added = calendars.add(account.id(), new NewCalendar(body.kind(), body.url(), body.user(),
                body.password()));
        FetchResult fetch = calendars.fetch(account.id(), added.id());
        return new AddedCalendar(calendars.get(account.id(), added.id()), fetch);
    }

    @DeleteMapping("/calendars/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop reading a calendar; the touchpoints it added stay")
    void remove(@AuthenticationPrincipal Account account, @PathVariable long id) {
        calendars.remove(account.id(), id);
    }

    @PostMapping("/calendars/{id}/fetch")
    @Operation(summary = "Fetch a calendar now: what it read and added, or why it failed (error)")
    @ApiResponse(responseCode = "200", description = "What the fetch did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    FetchResult fetch(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return calendars.fetch(account.id(), id);
    }

    @GetMapping("/people/{id}/next")
    @Operation(summary = "A person's next meetings from the calendars' last fetch: the next 30 days, at most 3,"
            + " soonest first (kind: video, coffee or meeting)")
    List<NextMeeting> next(@AuthenticationPrincipal Account account, @PathVariable long id) {
        people.get(account.id(), id);
        return calendars.next(account.id(), id, 3);
    }
}
