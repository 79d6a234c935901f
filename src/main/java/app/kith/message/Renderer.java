package app.kith.message;

import app.kith.Invalid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills a template: first its optional parts (kept, replaced by their alternative, or left out),
 * then the placeholders, in one pass each, so a value that looks like a placeholder or a bracket
 * (a name with braces in it) is never read as one. The result is plain text.
 */
final class Renderer {

    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX_TOPIC = 80;

    private Renderer() {
    }

    static Message render(Template template, MessageContext context) {
        Map<Placeholder, String> values = values(context, template.kind());
        String subject = fill(template.kind().subject(), values);
        String body = signed(fill(template.body(), values), values.get(Placeholder.YOUR_NAME),
                placeholdersIn(template.body()).contains(Placeholder.YOUR_NAME));
        return new Message(template.key(), subject, body, mailto(context.to(), subject, body));
    }

    static String fill(String template, Map<Placeholder, String> values) {
        Matcher part = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (part.find()) {
            String inside = part.group(1);
            String replacement = part.group();
            if (!placeholdersIn(inside).isEmpty()) {
                int bar = inside.indexOf('|');
                String first = bar < 0 ? inside : inside.substring(0, bar);
                replacement = values.keySet().containsAll(placeholdersIn(first)) ? first
                        : bar < 0 ? "" : inside.substring(bar + 1);
            }
            part.appendReplacement(kept, Matcher.quoteReplacement(replacement));
        }
        part.appendTail(kept);

        Matcher braces = BRACES.matcher(kept);
        StringBuilder filled = new StringBuilder();
        while (braces.find()) {
            String replacement = Placeholder.named(braces.group(1))
                    .map(p -> values.getOrDefault(p, p.fallback())).orElse(braces.group());
            braces.appendReplacement(filled, Matcher.quoteReplacement(replacement));
        }
        braces.appendTail(filled);
        return filled.toString();
    }

    /**
     * A message that does not say {@code {your name}} itself is signed with it when it is known:
     * under a closing that ends in a comma ("Best,"), else after a blank line with a dash.
     */
    static String signed(String body, String me, boolean saysName) {
        if (me == null || saysName) {
            return body;
        }
        String text = body.stripTrailing();
        return text.endsWith(",") ? text + "\n" + me : text + "\n\n— " + me;
    }

    /** Refuses a user's template that names something Kith cannot fill. */
    static void checkPlaceholders(String field, String body) {
        Matcher braces = BRACES.matcher(body);
        while (braces.find()) {
            if (Placeholder.named(braces.group(1)).isEmpty()) {
                throw new Invalid(field, field + " uses " + braces.group() + ", which Kith cannot fill; use "
                        + java.util.Arrays.stream(Placeholder.values()).map(Placeholder::token)
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    private static List<Placeholder> placeholdersIn(String text) {
        return BRACES.matcher(text).results().map(r -> Placeholder.named(r.group(1))).flatMap(java.util.Optional::stream)
                .toList();
    }

    /**
     * The values Kith knows; a placeholder missing here is unknown. A message to one person says
     * the reason for an introduction to them ("… which you are looking for").
     */
    private static Map<Placeholder, String> values(MessageContext c, MessageKind kind) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        put(values, Placeholder.NAME, line(c.name()));
        put(values, Placeholder.FIRST_NAME, firstName(c.name()));
        put(values, Placeholder.HOW_WE_MET, phrase(c.howWeMet()));
        put(values, Placeholder.LAST_TOPIC, shortened(phrase(c.lastTopic())));
        put(values, Placeholder.DAYS_SINCE, c.daysSince() == null ? null : span(c.daysSince()));
        put(values, Placeholder.ASK, phrase(c.ask()));
        put(values, Placeholder.OTHER_NAME, line(c.otherName()));
        put(values, Placeholder.OTHER_FIRST_NAME, firstName(c.otherName()));
        put(values, Placeholder.REASON, phrase(kind.toBoth() ? c.reason() : SecondPerson.to(c.reason(), c.name())));
        put(values, Placeholder.NEW_JOB, line(c.newJob()));
        put(values, Placeholder.YOUR_NAME, line(c.me()));
        return values;
    }

    private static void put(Map<Placeholder, String> values, Placeholder p, String value) {
        if (value != null && !value.isEmpty()) {
            values.put(p, value);
        }
    }

    /** Text on one line: a note's paragraphs run together. */
    private static String line(String text) {
        return text == null ? null : text.strip().replaceAll("\\s+", " ");
    }

    /** A value that goes mid-sentence: on one line, without the full stop the template supplies. */
    private static String phrase(String text) {
        String line = line(text);
        return line == null ? null : line.replaceAll("[.\\s]+$", "");
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_TOPIC ? text : text.substring(0, MAX_TOPIC - 1).strip() + "…";
    }

    static String firstName(String name) {
        String full = line(name);
        if (full == null || full.isEmpty()) {
            return null;
        }
        int space = full.indexOf(' ');
        return space < 0 ? full : full.substring(0, space);
    }

    /** Days in the words a person would use: "a day", "12 days", "5 weeks", "3 months", "2 years". */
    static String span(int days) {
        if (days < 1) {
            return null;
        }
        if (days == 1) {
            return "a day";
        }
        if (days < 14) {
            return days + " days";
        }
        if (days < 60) {
            return days / 7 + " weeks";
        }
        if (days < 730) {
            return Math.round(days / 30.44) + " months";
        }
        return days / 365 + " years";
    }

    /**
     * A {@code mailto:} link (RFC 6068): addresses, subject and body percent-encoded (spaces as
     * {@code %20}, not a form's {@code +}); line breaks as {@code %0D%0A}.
     */
    static String mailto(List<String> to, String subject, String body) {
        String addresses = to.stream().map(a -> encode(a.strip()).replace("%40", "@")).collect(Collectors.joining(","));
        return "mailto:" + addresses + "?subject=" + encode(subject) + "&body="
                + encode(body.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
