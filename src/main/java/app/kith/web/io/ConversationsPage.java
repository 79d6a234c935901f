package app.kith.web.io;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.io.Imports;
import app.kith.io.LinkedInMessages;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Conversation history: LinkedIn's messages.csv uploaded, what it would log shown, then logged.
 * The file waits in {@link ImportUploads} between the preview and the confirmation, named only by
 * this session, and also when the only thing missing is who you are, so it is not chosen twice.
 */
@Controller
class ConversationsPage {

    /** Kept in the session, which the store holds (so a {@link Path}, not serializable, is kept as its name). */
    record Upload(String token, long accountId, String path, String name) implements java.io.Serializable {

        Upload(String token, long accountId, Path file, String name) {
            this(token, accountId, file.toString(), name);
        }

        Path file() {
            return Path.of(path);
        }
    }

    static final String UPLOAD = "kith.import.conversations";

    private final Imports imports;
    private final ImportUploads uploads;

    ConversationsPage(Imports imports, ImportUploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping("/import/conversations")
    String show(Model model) {
        model.addAttribute("page", ConversationsView.form(null, null, "", Map.of()));
        return "import-conversations";
    }

    @PostMapping("/import/conversations")
    String preview(Account account, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String me,
                   HttpSession session, Model model) {
        Upload upload;
        if (file != null && !file.isEmpty()) {
            drop(session);
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "the file"
                    : Path.of(file.getOriginalFilename()).getFileName().toString();
            upload = new Upload(UUID.randomUUID().toString(), account.id(), uploads.save(file), name);
            session.setAttribute(UPLOAD, upload);
        } else {
            upload = open(account, token, session);
            if (upload == null) {
                model.addAttribute("page", ConversationsView.form(null, null, me, Map.of("file",
                        "Choose the file to import: messages.csv from LinkedIn's copy of your data")));
                return "import-conversations";
            }
            uploads.touch(upload.file());
        }
        return run(account, upload, me, true, session, model);
    }

    @PostMapping("/import/conversations/confirm")
    String confirm(Account account, @RequestParam(defaultValue = "") String token,
                   @RequestParam(defaultValue = "") String me, HttpSession session, Model model) {
        Upload upload = open(account, token, session);
        if (upload == null) {
            model.addAttribute("page", ConversationsView.form(null, null, me, Map.of("file", "That preview is no longer"
                    + " open (it was imported, another file was chosen since, or it waited more than an hour): choose"
                    + " the file again")));
            return "import-conversations";
        }
        return run(account, upload, me, false, session, model);
    }

    @PostMapping("/import/conversations/cancel")
    String cancel(HttpSession session) {
        drop(session);
        return "redirect:/import/conversations";
    }

    private String run(Account account, Upload upload, String me, boolean dryRun, HttpSession session, Model model) {
        LinkedInMessages.Result result;
        try (InputStream in = Files.newInputStream(upload.file())) {
            result = imports.linkedInMessages().run(account.id(), in, me.isBlank() ? null : me.strip(), dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Invalid e) {
            boolean who = e.field().equals("me");
            if (!who) {
                drop(session);
            }
            model.addAttribute("page", ConversationsView.form(who ? upload.token() : null, who ? upload.name() : null,
                    me, Map.of(who ? "me" : "file", e.getMessage())));
            return "import-conversations";
        }
        if (!dryRun) {
            drop(session);
        }
        model.addAttribute("page", ConversationsView.of(dryRun ? upload.token() : null, upload.name(),
                me.isBlank() ? "" : me.strip(), result));
        return "import-conversations";
    }

    private static Upload open(Account account, String token, HttpSession session) {
        return session.getAttribute(UPLOAD) instanceof Upload u && u.token().equals(token) && u.accountId() == account.id()
                && Files.exists(u.file()) ? u : null;
    }

    private void drop(HttpSession session) {
        if (session.getAttribute(UPLOAD) instanceof Upload u) {
            uploads.delete(u.file());
            session.removeAttribute(UPLOAD);
        }
    }
}
