package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.offline.SentOnce;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The day's plan, and the two ways to put someone on it off: skip to tomorrow, snooze until a date. */
@RestController
@Tag(name = "today", description = "Who to get in touch with on a day, never more than the daily capacity.")
class TodayController {

    /** The day the skip is for (default: today in the account's time zone). */
    record SkipBody(LocalDate on) {
    }

    /** Hide the person from Today until a date; {@code on} is the day the snooze starts (default today). */
    record SnoozeBody(LocalDate until, LocalDate on) {
    }

    private final Planner planner;
    private final Clocks clocks;
    private final People people;
    private final SentOnce sentOnce;
    private final Clock clock;

    TodayController(Planner planner, Clocks clocks, People people, SentOnce sentOnce, Clock clock) {
        this.planner = planner;
        this.clocks = clocks;
        this.people = people;
        this.sentOnce = sentOnce;
        this.clock = clock;
    }

    @GetMapping("/api/v1/today")
    @Operation(summary = "The plan for a day (default today), with up to `more` next items after it")
    Today today(@AuthenticationPrincipal Account account,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(defaultValue = "0") int more) {
        return planner.today(account, date == null ? account.today(clock) : date, more);
    }

    @PostMapping("/api/v1/people/{id}/skip")
    @Operation(summary = "Skip a person for the day: checked off today, back tomorrow",
            description = "Sent again with the same Idempotency-Key, it changes nothing more and answers with the "
                    + "person as they are.")
    Person skip(@AuthenticationPrincipal Account account, @PathVariable long id,
                @Parameter(description = SentOnceKey.DESCRIPTION) @RequestHeader(name = SentOnceKey.HEADER,
                        required = false) String key,
                @RequestBody(required = false) SkipBody body) {
        LocalDate on = body == null || body.on() == null ? account.today(clock) : body.on();
        return sentOnce.once(account.id(), key, SentOnceKey.HEADER, () -> clocks.skip(account.id(), id, on))
                .orElseGet(() -> people.get(account.id(), id));
    }

    @PostMapping("/api/v1/people/{id}/snooze")
    @Operation(summary = "Hide a person from Today until a date")
    Person snooze(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody SnoozeBody body) {
        if (body.until() == null) {
            throw new Invalid("until", "until is required: the day the person comes back, like 2026-03-01");
        }
        return clocks.snooze(account.id(), id, body.until(), body.on() == null ? account.today(clock) : body.on());
    }
}
