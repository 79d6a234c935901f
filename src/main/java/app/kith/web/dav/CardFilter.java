package app.kith.web.dav;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * An addressbook-query's filter (RFC 6352 §10.5), over a card's text: property filters on names
 * such as FN, EMAIL, UID, TEL, each with text matches (equals, contains, starts-with, ends-with,
 * case-insensitive as i;unicode-casemap and i;ascii-casemap ask, possibly negated) or
 * is-not-defined; {@code test} says whether any or all must hold. No filter matches every card.
 */
final class CardFilter {

    private final boolean all;
    private final List<PropFilter> props;

    private CardFilter(boolean all, List<PropFilter> props) {
        this.all = all;
        this.props = props;
    }

    static CardFilter of(Element filter) {
        if (filter == null) {
            return new CardFilter(false, List.of());
        }
        List<PropFilter> props = new ArrayList<>();
        for (Element p : DavXml.all(filter, DavXml.CARD, "prop-filter")) {
            List<TextMatch> texts = DavXml.all(p, DavXml.CARD, "text-match").stream().map(TextMatch::of).toList();
            props.add(new PropFilter(p.getAttribute("name").toUpperCase(Locale.ROOT), "allof".equals(p.getAttribute("test")),
                    DavXml.child(p, DavXml.CARD, "is-not-defined") != null, texts));
        }
        return new CardFilter("allof".equals(filter.getAttribute("test")), props);
    }

    boolean matches(String vcard) {
        if (props.isEmpty()) {
            return true;
        }
        List<String[]> lines = lines(vcard);
        return all ? props.stream().allMatch(p -> p.matches(lines)) : props.stream().anyMatch(p -> p.matches(lines));
    }

    private record PropFilter(String name, boolean all, boolean notDefined, List<TextMatch> texts) {
        boolean matches(List<String[]> lines) {
            List<String> values = lines.stream().filter(l -> l[0].equals(name)).map(l -> l[1]).toList();
            if (notDefined) {
                return values.isEmpty();
            }
            if (values.isEmpty()) {
                return false;
            }
            if (texts.isEmpty()) {
                return true;
            }
            return all ? texts.stream().allMatch(t -> values.stream().anyMatch(t::matches))
                    : texts.stream().anyMatch(t -> values.stream().anyMatch(t::matches));
        }
    }

    private record TextMatch(String text, String type, boolean negate, boolean exactCase) {
        static TextMatch of(Element e) {
            String type = e.getAttribute("match-type").isEmpty() ? "contains" : e.getAttribute("match-type");
            return new TextMatch(e.getTextContent(), type, "yes".equals(e.getAttribute("negate-condition")),
                    "i;octet".equals(e.getAttribute("collation")));
        }

        boolean matches(String value) {
            String v = exactCase ? value : value.toLowerCase(Locale.ROOT);
            String t = exactCase ? text : text.toLowerCase(Locale.ROOT);
            boolean hit = switch (type) {
                case "equals" -> v.equals(t);
                case "starts-with" -> v.startsWith(t);
                case "ends-with" -> v.endsWith(t);
                default -> v.contains(t);
            };
            return hit != negate;
        }
    }

    /** The card's unfolded lines as {NAME, value}, without groups ("item1.EMAIL") or parameters. */
    private static List<String[]> lines(String vcard) {
        List<String[]> out = new ArrayList<>();
        for (String line : vcard.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String head = line.substring(0, colon);
            int semi = head.indexOf(';');
            String name = semi < 0 ? head : head.substring(0, semi);
            name = name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT);
            out.add(new String[] {name, line.substring(colon + 1).replace("\\,", ",").replace("\\;", ";")});
        }
        return out;
    }
}
