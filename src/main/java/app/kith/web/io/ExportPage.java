package app.kith.web.io;

import app.kith.account.Account;
import app.kith.io.ExportFormat;
import app.kith.io.Exports;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of everyone, linked from the People page: a spreadsheet or a contacts file. */
@Controller
class ExportPage {

    private final Exports exports;

    ExportPage(Exports exports) {
        this.exports = exports;
    }

    /**
     * Written as it is read, on the request's own thread: the response is the file. It is checked
     * first, so a circle that is not the account's is the 404 page rather than a broken download.
     */
    @GetMapping("/export/{format}")
    void download(Account account, @PathVariable String format, @RequestParam(required = false) Long circle,
                  HttpServletResponse response)
            throws IOException {
        ExportFormat kind = ExportFormat.parse("format", format);
        exports.check(account.id(), kind, circle);
        response.setContentType(kind.mediaType() + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + kind.fileName() + "\"");
        exports.write(account.id(), kind, circle, response.getOutputStream());
    }
}
