package app.kith.api;

import app.kith.account.Account;
import app.kith.reminder.KeyDate;
import app.kith.reminder.KeyDates;
import app.kith.reminder.NewKeyDate;
import app.kith.reminder.Reminder;
import app.kith.reminder.Reminders;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reminders and key dates: what brings someone back on Today on a day you chose. */
@RestController
@Tag(name = "reminders", description = "Reminders about a person on a day, and their key dates (yearly or once), each on Today on its day.")
class RemindersController {

    /** The day to be reminded (today or later) and what of. */
    record ReminderBody(LocalDate on, String text) {
    }

    /** A key date: what it is, its date, and whether it comes back every year (default true). */
    record KeyDateBody(String label, LocalDate on, Boolean yearly) {
    }

    private final Reminders reminders;
    private final KeyDates keyDates;
    private final Clock clock;

    RemindersController(Reminders reminders, KeyDates keyDates, Clock clock) {
        this.reminders = reminders;
        this.keyDates = keyDates;
        this.clock = clock;
    }

    @PostMapping("/api/v1/people/{id}/reminders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a reminder about a person: on Today on its day, and after until you are in touch")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ResponseEntity<Reminder> remind(@AuthenticationPrincipal Account account, @PathVariable long id,
                                    @RequestBody ReminderBody body) {
        Reminder r = reminders.remind(account.id(), id, body.on(), body.text(), account.today(clock));
        return ResponseEntity.created(URI.create("/api/v1/reminders/" + r.id())).body(r);
    }

    @GetMapping("/api/v1/reminders")
    @Operation(summary = "The reminders not dealt with yet, soonest first")
    List<Reminder> upcoming(@AuthenticationPrincipal Account account) {
        return reminders.upcoming(account.id(), account.today(clock));
    }

    @GetMapping("/api/v1/people/{id}/reminders")
    @Operation(summary = "A person's reminders not dealt with yet, soonest first")
    List<Reminder> ofPerson(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return reminders.upcoming(account.id(), id, account.today(clock));
    }

    @DeleteMapping("/api/v1/reminders/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a reminder: it leaves Today")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    void delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        reminders.delete(account.id(), id);
    }

    @GetMapping("/api/v1/people/{id}/dates")
    @Operation(summary = "A person's key dates, in the order of the year")
    List<KeyDate> dates(@AuthenticationPrincipal Account account, @PathVariable long id) {
        return keyDates.of(account.id(), id);
    }

    @PostMapping("/api/v1/people/{id}/dates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a key date to a person (yearly unless yearly is false)")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    ResponseEntity<KeyDate> addDate(@AuthenticationPrincipal Account account, @PathVariable long id,
                                    @RequestBody KeyDateBody body) {
        KeyDate k = keyDates.add(account.id(), new NewKeyDate(id, body.label(), body.on(),
                body.yearly() == null || body.yearly()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + id + "/dates/" + k.id())).body(k);
    }

    @DeleteMapping("/api/v1/people/{id}/dates/{dateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a key date of a person")
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    void deleteDate(@AuthenticationPrincipal Account account, @PathVariable long id, @PathVariable long dateId) {
        keyDates.delete(account.id(), id, dateId);
    }
}
