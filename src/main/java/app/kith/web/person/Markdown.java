package app.kith.web.person;

import java.util.List;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A person's notes, from Markdown to HTML that is safe to put in a page as it is: HTML typed into
 * the notes is shown as text, never run, and links keep only http, https and mailto addresses.
 * (commonmark's default sanitizer also lets {@code data:} through, which could carry a page of
 * script, so the protocols are named here.) Links open without handing this page to the target.
 */
final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "nofollow noopener noreferrer");
                }
            })
            .build();

    private Markdown() {
    }

    /** Safe HTML for Markdown text; empty for none. */
    static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
    }
}
