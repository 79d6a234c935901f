package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The calendar link made in Settings, and its feed read by a real calendar program: Debian's
 * {@code khal} imports the served file and lists the next days. Without khal the test is skipped
 * on a developer's machine ({@code ./kith test} installs it) and fails in CI, where a skip would
 * prove nothing.
 */
class CalendarFeedBrowserTest extends BrowserTest {

    static final Path KHAL = Path.of("/usr/bin/khal");

    @TempDir
    Path folder;

    @Test
    void theLinkMadeInSettingsServesAFeedThatKhalListsDayByDay() throws Exception {
        boolean khal = Files.isExecutable(KHAL);
        if (!khal && System.getenv("CI") != null) {
            throw new IllegalStateException("The calendar feed test needs Debian's khal at " + KHAL
                    + ". Install it: apt-get install -y khal");
        }
        long owner = signedInWithDemoNetwork();
        openPage("/settings");
        assertThat(shootState("settings-calendar-off", true, CalendarFeedBrowserTest::showSection)).isEmpty();
        driver.findElement(By.xpath("//button[normalize-space()='Make a calendar link']")).click();
        String link = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.id("calendar-link")).stream().findFirst().orElse(null)).getDomAttribute("value");
        assertThat(link).matches("http://[^/]+/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(shootState("settings-calendar", true, CalendarFeedBrowserTest::showSection)).isEmpty();

        Assumptions.assumeTrue(khal, "khal is missing: apt-get install -y khal (./kith test installs it)");
        HttpResponse<String> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(feed.statusCode()).isEqualTo(200);
        Account account = server.bean(Accounts.class).byId(owner);
        LocalDate today = account.today(Clock.systemDefaultZone());

        String listed = khalList(feed.body(), account.settings().timeZone().getId(), today);

        Planner planner = server.bean(Planner.class);
        for (int i = 0; i < 7; i++) {
            Today plan = planner.today(account, today.plusDays(i), 0);
            if (!plan.items().isEmpty()) {
                String first = plan.items().get(0).person().name().strip().split("\\s+")[0];
                assertThat(listed).as("khal lists " + plan.date()).containsPattern(
                        "(?m)^" + plan.date() + " Reach out: .*\\b" + java.util.regex.Pattern.quote(first) + "\\b");
            }
        }
        assertThat(listed.lines().filter(l -> l.contains("Reach out: ")).count()).isGreaterThanOrEqualTo(5);
        Files.createDirectories(SCREENSHOTS);
        Files.writeString(SCREENSHOTS.resolve("khal-feed.txt"), listed);
        screenshotOfTerminal("khal list --format \"{start-date} {title}\" --day-format \"\" " + today + " 7d", listed,
                SCREENSHOTS.resolve("khal-feed.png"));
    }

    private static void showSection() {
        driver.executeScript("document.getElementById('calendar').scrollIntoView({block: 'start'})");
    }

    /** The feed imported into a khal calendar of its own, and the week from today as khal lists it. */
    private String khalList(String ics, String zone, LocalDate today) throws IOException, InterruptedException {
        Path calendar = Files.createDirectories(folder.resolve("kith"));
        Path file = Files.writeString(folder.resolve("kith.ics"), ics);
        Path config = Files.writeString(folder.resolve("khal.conf"), """
                [calendars]
                [[kith]]
                path = %s
                type = calendar
                [default]
                default_calendar = kith
                [locale]
                local_timezone = %s
                default_timezone = %s
                timeformat = %%H:%%M
                dateformat = %%Y-%%m-%%d
                longdateformat = %%Y-%%m-%%d
                datetimeformat = %%Y-%%m-%%d %%H:%%M
                longdatetimeformat = %%Y-%%m-%%d %%H:%%M
                firstweekday = 0
                [sqlite]
                path = %s
                """.formatted(calendar, zone, zone, folder.resolve("khal.db")));
        khal(config, "import", "--batch", "-a", "kith", file.toString());
        return khal(config, "list", "--format", "{start-date} {title}", "--day-format", "", today.toString(), "7d");
    }

    private String khal(Path config, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(KHAL.toString(), "-c", config.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LANG", "C.UTF-8");
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("HOME", folder.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("khal " + String.join(" ", args) + ":\n" + out).isZero();
        return out;
    }

    /** khal's output as it looks in a terminal: light text on a dark ground, monospace. */
    private void screenshotOfTerminal(String command, String text, Path png) throws IOException {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Path page = Files.writeString(folder.resolve("khal.html"), """
                <!doctype html><meta charset="utf-8"><title>khal list</title>
                <style>body{margin:0;background:#1e1e1e}pre{margin:0;padding:16px 20px;color:#d4d4d4;
                font:14px/1.5 "DejaVu Sans Mono",monospace;white-space:pre-wrap}b{color:#8ae234}</style>
                <pre><b>$ %s</b>
                %s</pre>
                """.formatted(command.replace("&", "&amp;").replace("<", "&lt;"), escaped));
        driver.get(page.toUri().toString());
        Files.write(png, browser.fullPageScreenshot());
    }
}
