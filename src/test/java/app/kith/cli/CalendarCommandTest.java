package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Store;
import app.kith.db.Database;
import app.kith.wiring.Kith;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith calendar link: made once and shown once, renewed, turned off. */
class CalendarCommandTest {

    private static final Pattern LINK = Pattern.compile("https://kith\\.example\\.org/calendar/([A-Za-z0-9_-]{43})\\.ics");

    @TempDir
    Path data;

    private String feedOf(String token) {
        try (Database db = Database.forCommand(Store.sqliteIn(data))) {
            return Kith.wire(db, Clock.systemUTC()).calendarFeed().feed(token, "https://kith.example.org").orElse(null);
        }
    }

    private static String token(Cli.Result result) {
        Matcher link = LINK.matcher(result.out());
        assertThat(link.find()).as(result.toString()).isTrue();
        return link.group(1);
    }

    @Test
    void theLinkIsShownWhenMadeThenOnlySaidToBeOnAndANewOneOrOffEndsTheOldOne() {
        Cli kith = new Cli(data);
        kith.run("add", "Ada Lovelace", "--every", "7");

        Cli.Result made = kith.run("calendar", "link", "--url", "https://kith.example.org/");
        String first = token(made);
        assertThat(made.out()).contains("Copy it now; it is not shown again");
        assertThat(feedOf(first)).contains("BEGIN:VCALENDAR");

        Cli.Result again = kith.run("calendar", "link");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Your calendar link is on (made 2026-03-02)", "kith calendar link --new")
                .doesNotContain(first);

        String second = token(kith.run("calendar", "link", "--new", "--url", "https://kith.example.org"));
        assertThat(second).isNotEqualTo(first);
        assertThat(feedOf(first)).isNull();
        assertThat(feedOf(second)).isNotNull();

        assertThat(kith.run("calendar", "link", "--off").out()).contains("Calendar link turned off");
        assertThat(feedOf(second)).isNull();
        assertThat(kith.run("calendar", "link", "--off").out()).contains("There was no calendar link.");
        assertThat(kith.run("calendar", "link", "--new", "--off").code()).isEqualTo(2);
    }
}
