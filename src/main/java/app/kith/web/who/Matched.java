package app.kith.web.who;

import app.kith.person.Person;
import app.kith.web.Marked;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a person matched, as the page writes it: the field, then the part of it that holds the
 * words found, those words marked ("topics: <mark>tax</mark> advice"). A list field shows only
 * its items that matched; a long text the stretch around the first word found. Where the text
 * is not at hand any more (changed since), the words alone.
 */
final class Matched {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int BEFORE = 40;
    private static final int WIDTH = 110;

    private Matched() {
    }

    /** {@code logged} gives the texts of a field Person does not hold (touchpoints, asks, introductions). */
    static Marked of(String field, List<String> words, Person p, Function<String, List<String>> logged) {
        Set<String> found = Set.copyOf(words);
        Marked shown = switch (field) {
            case "topics" -> items(field, p.topics(), found);
            case "looking for" -> items(field, p.lookingFor(), found);
            case "role" -> first(field, listOf(p.role()), found);
            case "company" -> first(field, listOf(p.company()), found);
            case "location" -> first(field, listOf(p.location()), found);
            case "how we met" -> first(field, listOf(p.howWeMet()), found);
            case "notes" -> first(field, listOf(p.notes()), found);
            default -> first(field, logged.apply(field), found);
        };
        return shown != null ? shown : Marked.words(field, String.join(", ", words), found);
    }

    /** Whether the text holds one of the words found. */
    static boolean holds(String text, Set<String> found) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (found.contains(Marked.fold(m.group()))) {
                return true;
            }
        }
        return false;
    }

    private static Marked items(String field, List<String> items, Set<String> found) {
        List<String> hits = items.stream().filter(i -> holds(i, found)).toList();
        return hits.isEmpty() ? null : Marked.words(field, String.join(", ", hits), found);
    }

    private static Marked first(String field, List<String> texts, Set<String> found) {
        for (String text : texts) {
            String flat = text.strip().replaceAll("\\s+", " ");
            if (holds(flat, found)) {
                return Marked.words(field, around(flat, found), found);
            }
        }
        return null;
    }

    /** The stretch of a long text around the first word found, cut at spaces, "…" where cut. */
    static String around(String text, Set<String> found) {
        if (text.length() <= WIDTH) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        int at = 0;
        while (m.find()) {
            if (found.contains(Marked.fold(m.group()))) {
                at = m.start();
                break;
            }
        }
        int start = Math.max(0, at - BEFORE);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= at ? start : space + 1;
        }
        int end = Math.min(text.length(), start + WIDTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space > at ? space : end;
        }
        return (start > 0 ? "… " : "") + text.substring(start, end) + (end < text.length() ? " …" : "");
    }

    private static List<String> listOf(String text) {
        List<String> list = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            list.add(text);
        }
        return list;
    }
}
