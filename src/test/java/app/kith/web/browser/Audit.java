package app.kith.web.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks run inside the page the browser shows, by the scripts next to this class: each returns
 * what it found wrong, one line a finding, so a failure says exactly where.
 */
final class Audit {

    private Audit() {
    }

    /** Text below WCAG AA contrast against what is behind it, in the colour scheme in effect. */
    static List<String> lowContrast(WebDriver driver) {
        return run(driver, "contrast.js");
    }

    /** Inputs, selects and text areas that nothing names for a screen reader. */
    static List<String> unlabelledControls(WebDriver driver) {
        return run(driver, "unlabelled.js");
    }

    /** What sticks out past the window's right edge (a phone would scroll sideways). */
    static List<String> overflow(WebDriver driver) {
        return run(driver, "overflow.js", false);
    }

    /** The same, and any box that needs scrolling sideways: nothing should on a desktop. */
    static List<String> overflowOnDesktop(WebDriver driver) {
        return run(driver, "overflow.js", true);
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver driver, String script, Object... arguments) {
        try (InputStream in = Audit.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("missing " + script + " next to " + Audit.class.getName());
            }
            return (List<String>) ((JavascriptExecutor) driver).executeScript(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    arguments);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
