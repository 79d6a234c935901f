package app.kith.api;

import app.kith.account.Account;
import app.kith.feed.CalendarFeed;
import app.kith.feed.CalendarLink;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@RequestMapping("/api/v1/calendar-link")
@Tag(name = "calendar link", description = "The secret link of the account's calendar feed (Today in a calendar app).")
class CalendarLinkController {

    /** Whether the account has a link, and since when (null: none); never the link itself. */
    record CalendarLinkState(boolean exists, Instant since) {
    }

    /** A link just made: the only time its secret is told, since only its hash is kept. */
    record NewCalendarLink(@NonNull String url, @NonNull Instant since) {
    }

    private final CalendarFeed feed;

    CalendarLinkController(CalendarFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    @Operation(summary = "Whether the account has a calendar link, and since when; the link itself is shown only when made")
    CalendarLinkState get(@AuthenticationPrincipal Account account) {
        Instant since = feed.linkMadeAt(account.id()).orElse(null);
        return new CalendarLinkState(since != null, since);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Make a new secret calendar link, told this once; the one the account had stops working")
    @ApiResponse(responseCode = "201", description = "The new link", useReturnTypeSchema = true)
    NewCalendarLink make(@AuthenticationPrincipal Account account) {
        CalendarLink link = feed.newLink(account.id());
        // Under the address the call came to, as Settings shows it.
        return new NewCalendarLink(ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).build()
                .toUriString(), link.createdAt());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn the calendar link off: the feed stops answering it (nothing to do when there is none)")
    void turnOff(@AuthenticationPrincipal Account account) {
        feed.turnOff(account.id());
    }
}
