package app.kith.web;

import java.util.List;

/**
 * A message starter on a page: the filled-in text to edit (plain; the template escapes it), its
 * subject and {@code mailto:} link, and the templates of its kind to switch between, fetched
 * from {@code switchPath} with the chosen {@code template}. {@code id} keeps its elements apart
 * from the other items' on the page.
 */
public record StarterView(String id, String label, String switchPath, String selected, List<Option> templates,
                          String subject, String text, String mailto) {

    /** A template to pick: its key and its name. */
    public record Option(String key, String name) {
    }
}
