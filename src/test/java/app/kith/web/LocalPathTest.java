package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocalPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/today", "/people/12", "/today?date=2026-03-02", "/"})
    void aPathOnThisSiteIsKept(String path) {
        assertThat(LocalPath.orNull(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "today", "//evil.example", "///evil.example", "/\\evil.example", "https://evil.example/",
            "javascript:alert(1)", "/to day", "/today\r\nSet-Cookie: x=1", "/caf\u00e9"})
    void anythingElseIsRefused(String path) {
        assertThat(LocalPath.orNull(path)).isNull();
    }
}
