package app.kith.web.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.Hostile;
import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a phone, or someone posing as one, sends the address book: real clients' XML and cards,
 * damaged and salted (entities, DOCTYPEs, bytes that are no UTF-8, cut tags, broken folding). Each
 * is answered or refused with a 4xx that changes nothing; never a 500, and no entity is expanded.
 */
@ServerTest
class HostileDavBodiesTest {

    private static final String BOOK = "/dav/addressbooks/contacts/";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final int EACH = 40;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AppPasswords appPasswords;

    @Autowired
    People people;

    @Autowired
    DataSource dataSource;

    private String basic;
    private long card;

    @BeforeEach
    void signUp() {
        String email = "phone-" + UUID.randomUUID() + "@example.com";
        long account = accounts.create(email, "the account's own password").account().id();
        basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + appPasswords.create(account, "iPhone").password())
                .getBytes(StandardCharsets.UTF_8));
        card = people.add(account, PersonDraft.named("Rosalind Franklin"), LocalDate.now()).id();
    }

    @Test
    void everyDamagedXmlBodyIsAnsweredOrRefusedWithoutA500() {
        String multiget = """
                <?xml version="1.0" encoding="UTF-8"?>
                <C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/><C:address-data/></D:prop>
                  <D:href>%skith-%d.vcf</D:href>
                </C:addressbook-multiget>
                """.formatted(BOOK, card);
        String sync = """
                <?xml version="1.0" encoding="utf-8"?>
                <d:sync-collection xmlns:d="DAV:"><d:sync-token></d:sync-token><d:sync-level>1</d:sync-level>
                <d:prop><d:getetag/></d:prop></d:sync-collection>
                """;
        String proppatch = """
                <?xml version="1.0" encoding="utf-8"?>
                <d:propertyupdate xmlns:d="DAV:"><d:set><d:prop><d:displayname>x</d:displayname></d:prop></d:set>
                </d:propertyupdate>
                """;
        List<byte[]> bodies = Hostile.files(CardDavProtocolTest.IOS_PRINCIPAL, CardDavProtocolTest.DAVX5_HOME_SET,
                CardDavProtocolTest.DAVX5_ADDRESS_BOOKS, multiget, sync, proppatch).sampleStream().limit(EACH).toList();
        List<String> methods = List.of("PROPFIND", "REPORT", "PROPPATCH");
        for (int i = 0; i < bodies.size(); i++) {
            answeredOrRefused(methods.get(i % methods.size()), BOOK, bodies.get(i), "application/xml; charset=utf-8");
        }
    }

    @Test
    void everyDamagedCardIsSavedOrRefusedWithoutA500() {
        String vcard = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:phone-1\r\nFN:Ada\r\n  Lovelace\r\nN:Lovelace;Ada;;;\r\n"
                + "EMAIL;TYPE=INTERNET:ada@example.com\r\nTEL;TYPE=CELL:+44 7700 900123\r\nNOTE:line one\\n\r\n\tfolded\r\n"
                + "CATEGORIES:Friends,Work\r\nEND:VCARD\r\n";
        List<byte[]> cards = Hostile.files(vcard, vcard.replace("VERSION:3.0", "VERSION:4.0").replace("\r\n", "\n"))
                .sampleStream().limit(EACH).toList();
        for (int i = 0; i < cards.size(); i++) {
            answeredOrRefused("PUT", BOOK + "fuzz-" + i + ".vcf", cards.get(i), "text/vcard; charset=utf-8");
        }
    }

    @Test
    void entitiesAreRefusedHoweverTheBodyIsEncoded() {
        String laughs = """
                <?xml version="1.0" encoding="%s"?>
                <!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&d;</D:displayname></D:prop></D:propfind>
                """;
        String parameter = """
                <?xml version="1.0"?>
                <!DOCTYPE d [<!ENTITY %% p SYSTEM "http://127.0.0.1:%d/health"> %%p;]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname/></D:prop></D:propfind>
                """.formatted(port);
        String xinclude = """
                <D:propfind xmlns:D="DAV:" xmlns:xi="http://www.w3.org/2001/XInclude"><D:prop>
                <xi:include href="file:///etc/passwd" parse="text"/></D:prop></D:propfind>
                """;
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("UTF-8", laughs.formatted("UTF-8").getBytes(StandardCharsets.UTF_8));
        bodies.put("UTF-16", laughs.formatted("UTF-16").getBytes(StandardCharsets.UTF_16));
        bodies.put("UTF-16LE without a mark", laughs.formatted("UTF-16LE").getBytes(StandardCharsets.UTF_16LE));
        bodies.put("parameter entity", parameter.getBytes(StandardCharsets.UTF_8));

        bodies.forEach((what, body) -> {
            HttpResponse<String> r = send("PROPFIND", BOOK, body, "application/xml");
            assertThat(r.statusCode()).as(what + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(what).doesNotContain("aaaaaaaaaa");
        });
        HttpResponse<String> included = send("PROPFIND", BOOK, xinclude.getBytes(StandardCharsets.UTF_8), "application/xml");
        assertThat(included.statusCode()).isLessThan(500);
        assertThat(included.body()).doesNotContain("root:");
    }

    private void answeredOrRefused(String method, String path, byte[] body, String type) {
        Map<String, Long> before = rows();
        HttpResponse<String> r = send(method, path, body, type);
        String shown = method + " " + path + " with \"" + new String(body, 0, Math.min(300, body.length),
                StandardCharsets.UTF_8) + "\" → " + r.statusCode() + " " + r.body();
        assertThat(r.statusCode()).as(shown).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(rows()).as("nothing written by " + shown).isEqualTo(before);
        }
    }

    private HttpResponse<String> send(String method, String path, byte[] body, String type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Authorization", basic)
                .header("Content-Type", type).header("Depth", "1").build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Rows in every table but the server's own (its schedule, its migrations) and the audit log,
     * where the first use of an app password in each hour is written whatever the body was.
     */
    private Map<String, Long> rows() {
        JdbcClient sql = JdbcClient.create(dataSource);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : sql.sql("""
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'
                AND name NOT IN ('flyway_schema_history', 'scheduled_tasks', 'audit_event') ORDER BY name
                """).query(String.class).list()) {
            rows.put(table, sql.sql("SELECT count(*) FROM " + table).query(Long.class).single());
        }
        return rows;
    }
}
