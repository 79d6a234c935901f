package app.kith.api;

import app.kith.KithApplication;
import app.kith.db.DataFolder;
import app.kith.db.DbSettings;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The real server on a random port, over a SQLite store in a throwaway folder. Every test class
 * shares it (the web app's tests too); tests stay apart by signing up an account of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = {KithApplication.class, ServerTest.Store.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // the calendar servers of the tests listen on 127.0.0.1, and the accounts are many
        properties = {"logging.level.root=warn", "kith.calendars.allow-private-addresses=true"})
public @interface ServerTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Store {

        /** A data folder removed when the server stops (after the database closes, since it depends on this). */
        @Bean(destroyMethod = "delete")
        Folder folder() throws IOException {
            return new Folder(Files.createTempDirectory("kith-api-test"));
        }

        @Bean
        DbSettings dbSettings(Folder folder) {
            return DbSettings.from(new DataFolder(folder.path()), Map.of());
        }
    }

    record Folder(Path path) {
        public void delete() throws IOException {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
