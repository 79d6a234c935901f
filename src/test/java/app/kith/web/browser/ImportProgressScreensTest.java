package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.db.Database;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import page while a job runs, once its node stopped, and with its result, read from the
 * store as any node would: shot at 375 and 1280 px, light and dark, nothing sticking out sideways.
 */
class ImportProgressScreensTest extends BrowserTest {

    @Test
    void theProgressTheStoppedAndTheResultPagesFitAPhone() throws IOException {
        long account = server.bean(Accounts.class).create(OWNER, PASSWORD).account().id();
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        long now = System.currentTimeMillis();
        job(account, "running", now);
        job(account, "stopped", now - Duration.ofMinutes(2).toMillis());

        assertThat(shootEveryWay("import-progress", "/import/jobs/running")).isEmpty();
        assertThat(driver.getPageSource()).contains("Reading the file again: Connections.csv (58%)");
        assertThat(shootEveryWay("import-stopped", "/import/jobs/stopped")).isEmpty();
        assertThat(driver.getPageSource()).contains("The import stopped: the server running it went away");

        Path file = Files.createTempDirectory("kith-upload").resolve("Connections.csv");
        try (InputStream in = getClass().getResourceAsStream("/io/linkedin/Connections.csv")) {
            Files.copy(in, file);
        }
        openPage("/import");
        new ImportScreen(driver).preview("linkedin", file, "Quarterly");
        assertThat(shootEveryWay("import-result", path())).isEmpty();
        assertThat(driver.getPageSource()).contains("What importing Connections.csv would do.");
    }

    /** A job of an import being written, 58% read, last heard of at {@code heard}. */
    private static void job(long account, String id, long heard) {
        JdbcClient.create(server.bean(Database.class).dataSource()).sql("""
                INSERT INTO import_job (account_id, id, file_name, applying, stage, done, started_at, updated_at)
                VALUES (:account, :id, 'Connections.csv', 1, 'reading', 0.58, :at, :at)
                """).param("account", account).param("id", id).param("at", heard).update();
    }
}
