package app.kith.web.io;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.web.WebSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Downloads are checked before they stream: a refusal is a page, never a broken file or a 500. */
@ServerTest
class ExportPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    Circles circles;

    @Test
    void aCircleThatIsNotYoursOrDoesNotExistIsTheNotFoundPageInEveryFormat() {
        WebSession owner = WebSession.signUp(port, accounts);
        WebSession other = WebSession.signUp(port, accounts);
        long secret = circles.add(owner.accountId(), "Secret Society", 7).id();

        for (String format : List.of("csv", "vcard", "vcard3")) {
            for (String path : List.of("/export/" + format + "?circle=" + secret, "/export/" + format + "?circle=99999999")) {
                WebSession.Page page = other.get(path);
                assertThat(page.status()).as(path).isEqualTo(404);
                assertThat(page.isFullPage()).as(path).isTrue();
                assertThat(page.header("Content-Disposition")).as(path).isNull();
                assertThat(page.body()).as(path).contains("There is nothing at this address.");
            }
            assertThat(owner.get("/export/" + format + "?circle=" + secret).status()).isEqualTo(200);
        }
        WebSession.Page json = other.get("/export/json?circle=" + secret);
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.body()).contains("a JSON export holds everything");
        assertThat(json.header("Content-Disposition")).isNull();
    }
}
