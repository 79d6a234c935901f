package app.kith.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the data is: --data, else KITH_HOME, else $XDG_DATA_HOME/kith, else ~/.local/share/kith. */
class DataFolderTest {

    private static final Map<String, String> BOTH = Map.of("KITH_HOME", "/srv/kith", "XDG_DATA_HOME", "/home/u/.data");

    @Test
    void theDataOptionComesFirst() {
        assertThat(DataFolder.resolve("/tmp/mine", BOTH).path()).isEqualTo(Path.of("/tmp/mine"));
        assertThat(DataFolder.resolve("relative", Map.of()).path()).isEqualTo(Path.of("relative").toAbsolutePath());
    }

    @Test
    void thenKithHomeThenTheXdgDataFolder() {
        assertThat(DataFolder.resolve(null, BOTH).path()).isEqualTo(Path.of("/srv/kith"));
        assertThat(DataFolder.resolve(" ", Map.of("XDG_DATA_HOME", "/home/u/.data")).path())
                .isEqualTo(Path.of("/home/u/.data/kith"));
    }

    @Test
    void elseTheUsualPlaceInTheHomeFolder() {
        assertThat(DataFolder.resolve(null, Map.of("KITH_HOME", "", "XDG_DATA_HOME", " ")).path())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local", "share", "kith"));
    }

    @Test
    void theStoreIsTheEmbeddedFileUnlessKithDbUrlSaysOtherwise() {
        DataFolder folder = new DataFolder(Path.of("/srv/kith"));

        DbSettings embedded = DbSettings.from(folder, Map.of());
        DbSettings hosted = DbSettings.from(folder, Map.of("KITH_DB_URL", "jdbc:postgresql://db/kith",
                "KITH_DB_USER", "kith", "KITH_DB_PASSWORD", "secret"));

        assertThat(embedded.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(embedded.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/kith/kith.db");
        assertThat(hosted.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(hosted.jdbcUrl()).isEqualTo("jdbc:postgresql://db/kith");
        assertThat(hosted.user()).isEqualTo("kith");
        assertThat(hosted.describe()).doesNotContain("secret");
        assertThatThrownBy(() -> DbSettings.from(folder, Map.of("KITH_DB_URL", "jdbc:mysql://db/kith")).dialect())
                .isInstanceOf(StoreUnavailable.class).hasMessageContaining("KITH_DB_URL");
    }
}
