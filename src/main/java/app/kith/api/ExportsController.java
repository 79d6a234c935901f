package app.kith.api;

import app.kith.account.Account;
import app.kith.io.ExportFormat;
import app.kith.io.Exports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/exports")
@Tag(name = "exports", description = "Everyone written out, as it streams: csv, vcard (4.0) or vcard3 (3.0); or everything"
        + " (settings, circles, people, touchpoints, asks, introductions, own message starters) as json.")
class ExportsController {

    private final Exports exports;

    ExportsController(Exports exports) {
        this.exports = exports;
    }

    /**
     * Written as it is read, on the request's own thread (an asynchronous stream would lose the
     * caller's token on its second dispatch): the response is the file. It is checked first, so a
     * refusal is a problem document, never the start of a file.
     */
    @GetMapping("/{format}")
    @Operation(summary = "Everyone as a file: csv, vcard (vCard 4.0) or vcard3 (vCard 3.0), or only a circle's people"
            + " (circle: its id); everything as json")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/vcard", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    void export(@AuthenticationPrincipal Account account, @PathVariable String format,
                @RequestParam(required = false) Long circle, HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse("format", format);
        exports.check(account.id(), kind, circle);
        response.setContentType(kind.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind.fileName() + "\"");
        exports.write(account.id(), kind, circle, response.getOutputStream());
    }
}
