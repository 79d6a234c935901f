package app.kith.web;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a contacts file: upload it, see what it would do (created, updated, merged, skipped
 * with each line's reason), then confirm. Between the two the file waits in a temporary file
 * that only this session can name; it is deleted once imported or dropped.
 */
@Controller
class ImportPage {

    /** An uploaded file waiting for its confirmation. */
    record Upload(String token, long accountId, Path file, String name, ImportFormat format, String circle) {
    }

    static final String UPLOAD = "kith.import.upload";

    private final Imports imports;
    private final Circles circles;
    private final Clock clock;

    ImportPage(Imports imports, Circles circles, Clock clock) {
        this.imports = imports;
        this.circles = circles;
        this.clock = clock;
    }

    @GetMapping("/import")
    String show(Account account, Model model) {
        model.addAttribute("page", form(account, "linkedin", "", Map.of()));
        return "import";
    }

    @PostMapping("/import")
    String preview(Account account, @RequestParam(defaultValue = "linkedin") String format,
                   @RequestParam(defaultValue = "") String circle, @RequestParam(required = false) MultipartFile file,
                   HttpSession session, Model model) {
        drop(session);
        Upload upload;
        ImportResult preview;
        try {
            ImportFormat kind = ImportFormat.parse("format", format);
            if (file == null || file.isEmpty()) {
                throw new Invalid("file", "Choose the file to import");
            }
            upload = new Upload(UUID.randomUUID().toString(), account.id(), Files.createTempFile("kith-import-", ".upload"),
                    file.getOriginalFilename() == null ? "the file" : Path.of(file.getOriginalFilename()).getFileName().toString(),
                    kind, circle.isBlank() ? null : circle);
            file.transferTo(upload.file());
            try (InputStream in = Files.newInputStream(upload.file())) {
                preview = imports.preview(account.id(), kind, in, new ImportOptions(upload.circle()));
            } catch (Invalid e) {
                Files.deleteIfExists(upload.file());
                throw e;
            }
        } catch (Invalid e) {
            model.addAttribute("page", form(account, format, circle, Map.of(e.field(), e.getMessage())));
            return "import";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session.setAttribute(UPLOAD, upload);
        model.addAttribute("page", new ImportView(null, null, List.of(), List.of(), Map.of(), upload.token(), upload.name(),
                preview, ImportView.summary(preview)));
        return "import";
    }

    @PostMapping("/import/confirm")
    String confirm(Account account, @RequestParam(defaultValue = "") String token, HttpSession session, Model model) {
        Upload upload = session.getAttribute(UPLOAD) instanceof Upload u && u.token().equals(token)
                && u.accountId() == account.id() ? u : null;
        if (upload == null) {
            model.addAttribute("page", form(account, "linkedin", "", Map.of("file",
                    "That preview is no longer open (it was imported, or another file was chosen since): choose the file again")));
            return "import";
        }
        ImportResult result;
        try (InputStream in = Files.newInputStream(upload.file())) {
            result = imports.apply(account.id(), upload.format(), in, new ImportOptions(upload.circle()),
                    account.today(clock), Imports.Progress.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            drop(session);
        }
        model.addAttribute("page", new ImportView(null, null, List.of(), List.of(), Map.of(), null, upload.name(), result,
                ImportView.summary(result)));
        return "import";
    }

    @PostMapping("/import/cancel")
    String cancel(HttpSession session) {
        drop(session);
        return "redirect:/import";
    }

    private static void drop(HttpSession session) {
        if (session.getAttribute(UPLOAD) instanceof Upload u) {
            try {
                Files.deleteIfExists(u.file());
            } catch (IOException e) {
                // The temporary folder is the system's to clean; nothing of the user's is lost.
            }
            session.removeAttribute(UPLOAD);
        }
    }

    private ImportView form(Account account, String format, String circle, Map<String, String> errors) {
        List<Option> formats = Arrays.stream(ImportFormat.values())
                .map(f -> new Option(f.key(), f.description())).toList();
        List<Option> choices = circles.list(account.id()).stream().map(Circle::name).map(n -> new Option(n, n)).toList();
        return new ImportView(format, circle, formats, choices, errors, null, null, null, null);
    }
}
