package app.kith.api;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "imports", description = "Contacts files in: previewed, then applied in one transaction. The file is the"
        + " request body as it is (curl --data-binary @Connections.csv), never a form.")
class ImportsController {

    private static final String FILE = "The file itself: CSV (linkedin, google, outlook, csv), vCard (vcard) or a Kith"
            + " JSON export (json)";

    private final Imports imports;
    private final Clock clock;

    ImportsController(Imports imports, Clock clock) {
        this.imports = imports;
        this.clock = clock;
    }

    @PostMapping("/{format}/preview")
    @Operation(summary = "What importing the file would do (created, updated with what changes, merged, unchanged,"
            + " skipped rows with their line and reason, values people would be imported without, group cards and the"
            + " circles they become); nothing is written")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = FILE, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/vcard", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    ImportResult preview(@AuthenticationPrincipal Account account, @PathVariable String format,
                         @RequestParam(required = false) String circle, HttpServletRequest request) throws IOException {
        ImportFormat kind = checked(format, request);
        try (InputStream in = request.getInputStream()) {
            return imports.preview(account.id(), kind, in, new ImportOptions(circle, mapping(kind, request)));
        }
    }

    @PostMapping("/{format}")
    @Operation(summary = "Import the file: people already here (same email, LinkedIn profile or phone) are updated,"
            + " never made twice; a failure writes nothing. circle: the circle new people join (default none). For csv,"
            + " map=field:Column (repeated) says which column holds what; without it the columns are guessed, and the"
            + " result's mapping says how")
    @ApiResponse(responseCode = "200", description = "What the import did", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = FILE, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
            @Content(mediaType = "text/vcard", schema = @Schema(type = "string")),
            @Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    ImportResult apply(@AuthenticationPrincipal Account account, @PathVariable String format,
                       @RequestParam(required = false) String circle, HttpServletRequest request) throws IOException {
        ImportFormat kind = checked(format, request);
        try (InputStream in = request.getInputStream()) {
            ImportOptions options = new ImportOptions(circle, mapping(kind, request));
            return imports.apply(account.id(), kind, in, options, account.today(clock), Imports.Progress.none());
        }
    }

    /**
     * A csv import's column mapping from {@code map=field:Column} parameters; null to guess it.
     * Read as the raw values: bound to a list, one value would be split at its commas, and a
     * column's name may have one.
     */
    private static Map<String, String> mapping(ImportFormat kind, HttpServletRequest request) {
        String[] map = request.getParameterValues("map");
        if (map == null || map.length == 0) {
            return null;
        }
        if (kind != ImportFormat.CSV) {
            throw new Invalid("map", "map is for imports/csv: a " + kind.key() + " file's columns are known");
        }
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String pair : map) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                throw new Invalid("map", "map must be field:Column, as in map=name:Full%20Name, not \"" + pair + "\"");
            }
            mapping.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return mapping;
    }

    /**
     * The format, and a body that is the file itself: a form's body is read as form fields
     * before any handler sees it (curl --data-binary sends one unless told otherwise).
     */
    private static ImportFormat checked(String format, HttpServletRequest request) {
        ImportFormat kind = ImportFormat.parse("format", format);
        fileItself(request, "a type such as text/csv or text/vcard: curl --data-binary @FILE -H 'Content-Type: text/csv'");
        return kind;
    }

    /** A body that is a file, not a form: {@code how} says the type to send and how, after "with". */
    static void fileItself(HttpServletRequest request, String how) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
            throw new Invalid("Content-Type", "send the file itself as the body, with " + how);
        }
    }
}
