package app.kith.api;

import app.kith.account.Account;
import app.kith.io.Imports;
import app.kith.io.LinkedInMessages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Conversation history in: LinkedIn's messages.csv as touchpoints with the people already here.
 * Its own paths, more specific than the contacts imports' {@code /{format}}.
 */
@RestController
@RequestMapping("/api/v1/imports/linkedin-messages")
@Tag(name = "imports")
class LinkedInMessagesController {

    private static final String FILE = "LinkedIn's messages.csv as it is (Settings → Data privacy → Get a copy of"
            + " your data → Messages): curl --data-binary @messages.csv -H 'Content-Type: text/csv'";
    private static final String ME = "You, as your LinkedIn profile address or your name as LinkedIn writes it; left"
            + " out, you are the sender whose profile is in every conversation";

    private final Imports imports;

    LinkedInMessagesController(Imports imports) {
        this.imports = imports;
    }

    @PostMapping("/preview")
    @Operation(summary = "What importing the messages would log (touchpoints, people, messages out and in,"
            + " conversations with no one in Kith, those already imported, who you were taken to be); nothing is written")
    @ApiResponse(responseCode = "200", description = "What the import would do", useReturnTypeSchema = true)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = FILE,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    LinkedInMessages.Result preview(@AuthenticationPrincipal Account account,
                                    @Parameter(description = ME) @RequestParam(required = false) String me,
                                    HttpServletRequest request) throws IOException {
        return run(account, me, request, true);
    }

    @PostMapping
    @Operation(summary = "Log the conversations with people in Kith as touchpoints (channel message, out when you"
            + " wrote, in when they did; at most one per person, day and direction; never the text). Importing the"
            + " same file again, or a later export, logs nothing twice; a bad line writes nothing")
    @ApiResponse(responseCode = "200", description = "What the import did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = FILE,
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    LinkedInMessages.Result apply(@AuthenticationPrincipal Account account,
                                  @Parameter(description = ME) @RequestParam(required = false) String me,
                                  HttpServletRequest request) throws IOException {
        return run(account, me, request, false);
    }

    private LinkedInMessages.Result run(Account account, String me, HttpServletRequest request, boolean dryRun)
            throws IOException {
        ImportsController.fileItself(request, "the type text/csv: curl --data-binary @messages.csv"
                + " -H 'Content-Type: text/csv'");
        try (InputStream in = request.getInputStream()) {
            return imports.linkedInMessages().run(account.id(), in, me, dryRun);
        }
    }
}
