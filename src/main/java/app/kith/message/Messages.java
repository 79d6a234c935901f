package app.kith.message;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Fields;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.db.Bin;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Message starters: short editable texts that break the blank page, for a check-in, an ask, its
 * follow-up and both steps of an introduction. Kith's own are built in; a user adds theirs. For
 * each kind the user's own come first (oldest first), then Kith's: the first is the one a page
 * shows by default.
 *
 * <p>A starter is rendered to plain text, a subject line and a {@code mailto:} link; Kith never
 * sends it. A template says {@code {first name}} and the like ({@link Placeholder}); a part in
 * square brackets that holds one is left out, or replaced by what follows its {@code |}, when
 * the value is unknown; a placeholder outside brackets falls back to neutral words ("there").
 */
public class Messages {

    public static final int MAX_NAME = 60;
    public static final int MAX_BODY = 2_000;
    /** Enough for every way of saying hello; a bound so one account cannot fill the store. */
    public static final int MAX_OWN = 200;
    static final String OWN = "own-";

    private final TemplateRepository templates;
    private final Bin bin;
    private final TransactionOperations tx;
    private final Clock clock;

    public Messages(JdbcClient jdbc, Bin bin, TransactionOperations tx, Clock clock) {
        this.templates = new TemplateRepository(jdbc);
        this.bin = bin;
        this.tx = tx;
        this.clock = clock;
    }

    /** Every template the account can use, kind by kind, its own before Kith's. */
    public List<Template> templates(long accountId) {
        List<Template> own = templates.all(accountId);
        List<Template> result = new ArrayList<>();
        for (MessageKind kind : MessageKind.values()) {
            own.stream().filter(t -> t.kind() == kind).forEach(result::add);
            BuiltIns.ALL.stream().filter(t -> t.kind() == kind).forEach(result::add);
        }
        return result;
    }

    public List<Template> templates(long accountId, MessageKind kind) {
        return templates(accountId).stream().filter(t -> t.kind() == kind).toList();
    }

    /** A template by its key; NotFound for an unknown key or another account's template. */
    public Template template(long accountId, String key) {
        return find(accountId, key).orElseThrow(() -> new NotFound("No message starter " + key));
    }

    /** Adds a template of the user's own, after checking every field; nothing is written if one is refused. */
    public Template add(long accountId, NewTemplate t) {
        Checked c = check(t);
        return tx.execute(s -> {
            if (templates.count(accountId) >= MAX_OWN) {
                throw new Invalid("name", "you have " + MAX_OWN + " message starters of your own already; delete one first");
            }
            long id = templates.insert(accountId, c.kind(), c.name(), c.body(), clock.millis());
            return templates.find(accountId, id).orElseThrow();
        });
    }

    /**
     * Rewrites one of the account's own templates (its kind, name and text), checked like a new
     * one; Kith's and other accounts' are NotFound. A refused change writes nothing.
     */
    public Template update(long accountId, long id, NewTemplate t) {
        Checked c = check(t);
        return tx.execute(s -> {
            if (!templates.update(accountId, id, c.kind(), c.name(), c.body())) {
                throw new NotFound("No message starter of yours with id " + id);
            }
            return templates.find(accountId, id).orElseThrow();
        });
    }

    private record Checked(MessageKind kind, String name, String body) {
    }

    /** Every field checked, everything wrong said at once. */
    private static Checked check(NewTemplate t) {
        Checks checks = new Checks();
        MessageKind kind = checks.value(() -> MessageKind.parse("kind", t.kind()));
        String name = checks.value(() -> {
            String line = Fields.required("name", t.name(), MAX_NAME);
            if (line.contains("\n") || line.contains("\r")) {
                throw new Invalid("name", "name must be one line");
            }
            return line;
        });
        String body = checks.value(() -> {
            String text = Fields.required("body", t.body() == null ? null : t.body().replace("\r\n", "\n"), MAX_BODY);
            Renderer.checkPlaceholders("body", text);
            return text;
        });
        checks.done();
        return new Checked(kind, name, body);
    }

    /**
     * Deletes one of the account's own templates into the trash, where {@link #undelete} finds it
     * for 30 days; Kith's and other accounts' are NotFound.
     */
    public Template delete(long accountId, long id) {
        return tx.execute(s -> {
            Template was = templates.find(accountId, id)
                    .orElseThrow(() -> new NotFound("No message starter of yours with id " + id));
            bin.put(accountId, Bin.Kind.TEMPLATE, id, was.name() + " (" + was.kind().key() + ")", null, clock.millis());
            return was;
        });
    }

    /**
     * Brings a template back from the trash; one not in this account's trash is NotFound. The
     * {@link #MAX_OWN} limit holds for a restore as for a new one: past it, a Conflict, and the
     * template stays in the trash.
     */
    public Template undelete(long accountId, long id) {
        return tx.execute(s -> {
            if (!bin.takeOut(accountId, Bin.Kind.TEMPLATE, id)) {
                throw new NotFound("No deleted message starter " + id);
            }
            if (templates.count(accountId) > MAX_OWN) {
                throw new Conflict("restore", "you have " + MAX_OWN + " message starters of your own already;"
                        + " delete one first, then restore this one: it stays in the trash until then");
            }
            return templates.find(accountId, id).orElseThrow();
        });
    }

    /** Deletes one of the account's own templates for good, without the trash: an import taken back. */
    public void erase(long accountId, long id) {
        if (!templates.delete(accountId, id)) {
            throw new NotFound("No message starter of yours with id " + id);
        }
    }

    /**
     * A starter of a kind, filled from the context: the template with {@code key}, or the
     * account's first of that kind when {@code key} is null. A key of another kind is NotFound.
     */
    public Message render(long accountId, MessageKind kind, String key, MessageContext context) {
        Template template = key == null ? templates(accountId, kind).get(0) : template(accountId, key);
        if (template.kind() != kind) {
            throw new NotFound("No " + kind.key() + " message starter " + key);
        }
        return render(template, context);
    }

    /** Any template, filled from the context: plain text, escaped by whatever shows it. */
    public static Message render(Template template, MessageContext context) {
        return Renderer.render(template, context);
    }

    /** A name's first word, as a starter greets them ("Ada" for "Ada Lovelace"); null for no name. */
    public static String firstName(String name) {
        return Renderer.firstName(name);
    }

    private Optional<Template> find(long accountId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        if (key.startsWith(OWN) && key.substring(OWN.length()).matches("\\d{1,18}")) {
            return templates.find(accountId, Long.parseLong(key.substring(OWN.length())));
        }
        return BuiltIns.ALL.stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
