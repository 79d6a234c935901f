package app.kith.api;

import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.mail.MailboxFailed;
import app.kith.mail.MailboxSettings;
import app.kith.mail.MailboxStatus;
import app.kith.mail.Mailboxes;
import app.kith.mail.Suggestion;
import app.kith.mail.SyncResult;
import app.kith.person.Person;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/mailbox")
@Tag(name = "mailbox", description = "Touchpoints from a mailbox: Kith reads message headers over IMAP (never subjects"
        + " or bodies) and logs email touchpoints with the people in them.")
class MailboxController {

    /** An address or {@code @domain} to ignore. */
    record IgnoreRequest(String address) {
    }

    record Ignored(@NonNull String pattern) {
    }

    /** The person a suggestion became. */
    record AddedPerson(long id, @NonNull String name) {
    }

    private final Mailboxes mailboxes;

    MailboxController(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @GetMapping
    @Operation(summary = "The connected mailbox (never its password), its last run and its last error")
    @ApiResponse(responseCode = "200", description = "The mailbox", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    MailboxStatus get(@AuthenticationPrincipal Account account) {
        return mailboxes.status(account.id()).orElseThrow(() -> new NotFound("No mailbox is connected"));
    }

    @PutMapping
    @Operation(summary = "Connect a mailbox: Kith signs in to check the settings (a refusal names the one at fault),"
            + " then keeps them, the password sealed with a key outside the database")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"host": "imap.fastmail.com", "port": 993, "tls": true, "user": "ada@fastmail.com", "password": "an app password"}""")))
    @ApiResponse(responseCode = "200", description = "Connected", useReturnTypeSchema = true)
    MailboxStatus connect(@AuthenticationPrincipal Account account, @RequestBody MailboxSettings settings) {
        return mailboxes.connect(account.id(), settings);
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disconnect: the mailbox and its password are forgotten; the touchpoints it gave stay")
    void disconnect(@AuthenticationPrincipal Account account) {
        mailboxes.disconnect(account.id());
    }

    @PostMapping("/sync")
    @Operation(summary = "Read what is new in the mailbox now (the server also does every 15 minutes)")
    @ApiResponse(responseCode = "200", description = "What the run read and logged", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @ApiResponse(responseCode = "502", ref = ApiDocs.MAIL_REFUSED)
    SyncResult sync(@AuthenticationPrincipal Account account) {
        return mailboxes.sync(account.id());
    }

    @GetMapping("/suggestions")
    @Operation(summary = "People you exchange mail with who are not in Kith yet (3 messages or more, at least one each"
            + " way), most frequent first")
    List<Suggestion> suggestions(@AuthenticationPrincipal Account account) {
        return mailboxes.suggestions(account.id());
    }

    @PostMapping("/suggestions/{address}/person")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a suggestion as a person, named as their mail names them")
    @ApiResponse(responseCode = "201", description = "The new person", useReturnTypeSchema = true)
    AddedPerson addPerson(@AuthenticationPrincipal Account account, @PathVariable String address) {
        Person p = mailboxes.addPerson(account.id(), address);
        return new AddedPerson(p.id(), p.name());
    }

    @GetMapping("/ignored")
    @Operation(summary = "The ignore list: addresses and @domains whose mail is never a touchpoint nor a suggestion")
    List<String> ignored(@AuthenticationPrincipal Account account) {
        return mailboxes.ignored(account.id());
    }

    @PostMapping("/ignored")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ignore an address (ada@example.com) or a domain (@example.com) from now on")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(value = """
            {"address": "@newsletters.example.com"}""")))
    @ApiResponse(responseCode = "201", description = "Ignored, as stored", useReturnTypeSchema = true)
    Ignored ignore(@AuthenticationPrincipal Account account, @RequestBody IgnoreRequest request) {
        return new Ignored(mailboxes.ignore(account.id(), request.address()));
    }

    @DeleteMapping("/ignored/{pattern}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take an address or @domain off the ignore list (nothing to do when it is not there)")
    void unignore(@AuthenticationPrincipal Account account, @PathVariable String pattern) {
        mailboxes.unignore(account.id(), pattern);
    }

    /** The request was fine; the mail server was not. */
    @ExceptionHandler(MailboxFailed.class)
    ResponseEntity<ProblemDetail> failed(MailboxFailed e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, e.getMessage()));
    }
}
