package app.kith.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentsTest {

    @Test
    void aBrowserIsNamedWithItsSystem() {
        assertThat(Agents.shorten("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"))
                .isEqualTo("Firefox on Linux");
        assertThat(Agents.shorten("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
                + "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")).isEqualTo("Safari on iPhone");
        assertThat(Agents.shorten("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0")).isEqualTo("Edge on Windows");
    }

    @Test
    void anotherClientIsNamedByItsFirstProductCutShort() {
        assertThat(Agents.shorten("curl/8.5.0")).isEqualTo("curl/8.5.0");
        assertThat(Agents.shorten("DAVx5/4.4 (2024/06/01; dav4jvm; okhttp/4.12.0) Android/14")).isEqualTo("DAVx5/4.4");
        assertThat(Agents.shorten("x".repeat(500))).hasSize(Agents.MAX);
        assertThat(Agents.shorten("  ")).isNull();
        assertThat(Agents.shorten(null)).isNull();
    }
}
