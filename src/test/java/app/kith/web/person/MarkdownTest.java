package app.kith.web.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @Test
    void markdownBecomesHtml() {
        assertThat(Markdown.toHtml("**Principia**, annotated\n\n- physics\n- *Newton*"))
                .isEqualTo("<p><strong>Principia</strong>, annotated</p>\n<ul>\n<li>physics</li>\n<li><em>Newton</em></li>\n</ul>\n");
    }

    @Test
    void noNotesAreNoHtml() {
        assertThat(Markdown.toHtml(null)).isEmpty();
        assertThat(Markdown.toHtml("  \n")).isEmpty();
    }

    @Test
    void typedHtmlIsShownAsText() {
        String html = Markdown.toHtml("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a>");

        assertThat(html).doesNotContain("<script", "<img", "<a ");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "jav&#x09;ascript:alert(1)", "java%0Ascript:alert(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)", "file:///etc/passwd"})
    void linksAndImagesToScriptsAndOtherSchemesLoseTheirAddress(String url) {
        String html = Markdown.toHtml("[click](" + url + ") and <" + url + "> and ![pic](" + url + ")");

        assertThat(html).contains("<a ", "<img ");
        assertThat(addresses(html)).isNotEmpty().allSatisfy(address -> assertThat(address).isEmpty());
    }

    /** The values of every href and src attribute. */
    private static List<String> addresses(String html) {
        return Pattern.compile("(?:href|src)=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
    }

    @Test
    void webAndMailLinksStayAndOpenWithoutAReferrer() {
        assertThat(Markdown.toHtml("[site](https://example.com/a?b=1&c=2) and [mail](mailto:ada@example.com)"))
                .isEqualTo("<p><a rel=\"nofollow noopener noreferrer\" href=\"https://example.com/a?b=1&amp;c=2\">site</a>"
                        + " and <a rel=\"nofollow noopener noreferrer\" href=\"mailto:ada@example.com\">mail</a></p>\n");
    }

    @Test
    void attributesCannotBeSmuggledThroughALinkAddressOrTitle() {
        String html = Markdown.toHtml("[x](https://example.com/\"onmouseover=\"alert(1) \"t\" onclick=\"alert(2)\")");

        assertThat(html).doesNotContain("onmouseover=\"", "onclick=\"");
    }
}
