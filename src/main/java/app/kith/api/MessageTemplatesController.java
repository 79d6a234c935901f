package app.kith.api;

import app.kith.account.Account;
import app.kith.message.MessageKind;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.message.Template;
import app.kith.trash.Trash;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/message-templates")
@Tag(name = "message templates", description = "Message starters: Kith's built-in ones and your own, with placeholders"
        + " such as {first name}, {last topic}, {days since}.")
class MessageTemplatesController {

    private final Messages messages;
    private final Trash trash;

    MessageTemplatesController(Messages messages, Trash trash) {
        this.messages = messages;
        this.trash = trash;
    }

    @GetMapping
    @Operation(summary = "Every template you can use, kind by kind (check-in, ask, follow-up, intro-opt-in, intro, intro-check),"
            + " your own before Kith's")
    List<Template> list(@AuthenticationPrincipal Account account, @RequestParam(required = false) String kind) {
        return kind == null ? messages.templates(account.id())
                : messages.templates(account.id(), MessageKind.parse("kind", kind));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a template of your own: kind, name (at most 60 characters), body (at most 2,000; only"
            + " known placeholders)")
    Template add(@AuthenticationPrincipal Account account, @RequestBody NewTemplate body) {
        return messages.add(account.id(), body);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rewrite a template of your own: kind, name and body, checked as for a new one")
    Template update(@AuthenticationPrincipal Account account, @PathVariable long id, @RequestBody NewTemplate body) {
        return messages.update(account.id(), id, body);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a template of your own into the trash; the answer says where to restore it for 30 days")
    InTrash delete(@AuthenticationPrincipal Account account, @PathVariable long id) {
        messages.delete(account.id(), id);
        return InTrash.of(trash.get(account.id(), "template", id));
    }
}
