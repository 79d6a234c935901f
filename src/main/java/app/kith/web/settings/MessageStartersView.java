package app.kith.web.settings;

import app.kith.message.MessageKind;
import app.kith.message.Placeholder;
import app.kith.message.Template;
import app.kith.web.Option;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Settings page's message starters: Kith's and the user's own, kind by kind; the form that
 * adds one, as typed (kept when refused) with its errors; an own one being edited when a change
 * to it was refused ({@code edit}, else null); and the placeholders to use.
 */
public record MessageStartersView(List<KindGroup> groups, List<Option> kinds, String kind, String name, String body,
                                  List<Placeholder> placeholders, Map<String, String> errors, Edit edit) {

    /** A refused change to one of the user's own starters, as typed, with its errors by field. */
    public record Edit(long id, String name, String body, Map<String, String> errors) {
    }

    /** This template's fields as the page shows them: as typed after a refused change, else as saved. */
    public Edit editOf(Template t) {
        return edit != null && t.id() != null && edit.id() == t.id() ? edit : new Edit(t.id() == null ? 0 : t.id(),
                t.name(), t.body(), Map.of());
    }

    /** One kind's templates, in the order a page offers them. */
    public record KindGroup(String label, List<Template> templates) {
    }

    static MessageStartersView of(List<Template> templates, String kind, String name, String body,
                                  Map<String, String> errors) {
        List<KindGroup> groups = Arrays.stream(MessageKind.values())
                .map(k -> new KindGroup(k.label(), templates.stream().filter(t -> t.kind() == k).toList())).toList();
        List<Option> kinds = Arrays.stream(MessageKind.values()).map(k -> new Option(k.key(), k.label())).toList();
        return new MessageStartersView(groups, kinds, kind, name, body, List.of(Placeholder.values()), errors, null);
    }

    MessageStartersView editing(Edit refused) {
        return new MessageStartersView(groups, kinds, kind, name, body, placeholders, errors, refused);
    }

    static MessageStartersView fresh(List<Template> templates) {
        return of(templates, MessageKind.CHECK_IN.key(), "", "", Map.of());
    }
}
