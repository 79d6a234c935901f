package app.kith.web.io;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.io.Imports;
import app.kith.io.LinkedInMessages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * The file waits in the store ({@link PendingConversations}) between the preview and the
 * confirmation, and also when the only thing missing is who you are, so it is not chosen twice:
 * named by a token of the account's, so the next step may reach any server node.
 */
@Controller
class ConversationsPage {

    private static final String GONE = "That preview is no longer open (it was imported, another file was chosen"
            + " since, or it waited more than an hour): choose the file again";

    private final Imports imports;
    private final PendingConversations pending;

    ConversationsPage(Imports imports, PendingConversations pending) {
        this.imports = imports;
        this.pending = pending;
    }

    @GetMapping("/import/conversations")
    String show(Model model) {
        model.addAttribute("page", ConversationsView.form(null, null, "", Map.of()));
        return "import-conversations";
    }

    @PostMapping("/import/conversations")
    String preview(Account account, @RequestParam(required = false) MultipartFile file,
                   @RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String me,
                   Model model) {
        PendingConversations.Waiting waiting = null;
        LinkedInMessages.Result result;
        try {
            if (file != null && !file.isEmpty()) {
                String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "the file"
                        : Path.of(file.getOriginalFilename()).getFileName().toString();
                waiting = new PendingConversations.Waiting(UUID.randomUUID().toString(), name);
                pending.keep(account.id(), waiting, file.getInputStream());
                try (InputStream in = file.getInputStream()) {
                    result = log(account, in, me, true);
                }
            } else {
                waiting = pending.find(account.id(), token).orElse(null);
                result = waiting == null ? null
                        : pending.read(account.id(), token, in -> log(account, in, me, true)).orElse(null);
                if (result == null) {
                    model.addAttribute("page", ConversationsView.form(null, null, me, Map.of("file",
                            "Choose the file to import: messages.csv from LinkedIn's copy of your data")));
                    return "import-conversations";
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Invalid e) {
            return refused(account, waiting, me, e, model);
        }
        model.addAttribute("page", ConversationsView.of(waiting.token(), waiting.fileName(), mine(me), result));
        return "import-conversations";
    }

    @PostMapping("/import/conversations/confirm")
    String confirm(Account account, @RequestParam(defaultValue = "") String token,
                   @RequestParam(defaultValue = "") String me, Model model) {
        PendingConversations.Waiting waiting = pending.find(account.id(), token).orElse(null);
        // Taken before it is logged: of two confirmations at once (on two nodes), only one logs.
        byte[] packed = waiting == null ? null : pending.take(account.id(), token).orElse(null);
        if (packed == null) {
            model.addAttribute("page", ConversationsView.form(null, null, me, Map.of("file", GONE)));
            return "import-conversations";
        }
        LinkedInMessages.Result result;
        try {
            result = PendingConversations.read(packed, in -> log(account, in, me, false));
        } catch (Invalid e) {
            if (e.field().equals("me")) {
                pending.keepPacked(account.id(), waiting, packed);
            }
            return refused(account, waiting, me, e, model);
        }
        model.addAttribute("page", ConversationsView.of(null, waiting.fileName(), mine(me), result));
        return "import-conversations";
    }

    @PostMapping("/import/conversations/cancel")
    String cancel(Account account) {
        pending.dropAll(account.id());
        return "redirect:/import/conversations";
    }

    private LinkedInMessages.Result log(Account account, InputStream in, String me, boolean dryRun) {
        return imports.linkedInMessages().run(account.id(), in, me.isBlank() ? null : me.strip(), dryRun);
    }

    /**
     * Refused next to its field: the file waits on when only who you are is missing, and goes
     * otherwise.
     */
    private String refused(Account account, PendingConversations.Waiting waiting, String me, Invalid e, Model model) {
        boolean who = e.field().equals("me") && waiting != null;
        if (!who) {
            pending.dropAll(account.id());
        }
        model.addAttribute("page", ConversationsView.form(who ? waiting.token() : null, who ? waiting.fileName() : null,
                me, Map.of(who ? "me" : "file", e.getMessage())));
        return "import-conversations";
    }

    private static String mine(String me) {
        return me.isBlank() ? "" : me.strip();
    }
}
