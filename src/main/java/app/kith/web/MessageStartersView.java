package app.kith.web;

import app.kith.message.MessageKind;
import app.kith.message.Placeholder;
import app.kith.message.Template;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The Settings page's message starters: Kith's and the user's own, kind by kind; the form that
 * adds one, as typed (kept when refused) with its errors; and the placeholders to use.
 */
public record MessageStartersView(List<KindGroup> groups, List<Option> kinds, String kind, String name, String body,
                                  List<Placeholder> placeholders, Map<String, String> errors) {

    /** One kind's templates, in the order a page offers them. */
    public record KindGroup(String label, List<Template> templates) {
    }

    static MessageStartersView of(List<Template> templates, String kind, String name, String body,
                                  Map<String, String> errors) {
        List<KindGroup> groups = Arrays.stream(MessageKind.values())
                .map(k -> new KindGroup(k.label(), templates.stream().filter(t -> t.kind() == k).toList())).toList();
        List<Option> kinds = Arrays.stream(MessageKind.values()).map(k -> new Option(k.key(), k.label())).toList();
        return new MessageStartersView(groups, kinds, kind, name, body, List.of(Placeholder.values()), errors);
    }

    static MessageStartersView fresh(List<Template> templates) {
        return of(templates, MessageKind.CHECK_IN.key(), "", "", Map.of());
    }
}
