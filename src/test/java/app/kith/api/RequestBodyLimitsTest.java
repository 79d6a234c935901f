package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.RawHttp;
import app.kith.account.Accounts;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A body larger than the API takes (1 MB of JSON, 100 MB of contacts file) is refused with a 413
 * problem before it is read: the answer comes while the client is still sending, and memory never
 * holds more than the limit. The bodies are made as they are sent; none is ever held whole.
 */
@ServerTest
class RequestBodyLimitsTest {

    private static final long MB = 1024 * 1024;
    /** Far less than the bodies sent: what the sockets' buffers hold, not what a server read. */
    private static final long UNREAD = 32 * MB;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void aJsonBodyOverTheLimitIsRefusedWith413BeforeItIsRead() {
        Api api = Api.signUp(port, accounts);

        RawHttp.Response refused = post(api, "/api/v1/people", "application/json", 150 * MB, false);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("larger than the 1 MB Kith takes");
        assertThat(refused.bodySent()).as("bytes sent when the answer came").isLessThan(UNREAD);
        assertThat(api.get("/api/v1/people").json().size()).isZero();
    }

    @Test
    void aChunkedJsonBodyIsStoppedOnceItPassesTheLimit() {
        Api api = Api.signUp(port, accounts);

        RawHttp.Response refused = post(api, "/api/v1/people", "application/json", 150 * MB, true);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than the 1 MB Kith takes");
        assertThat(refused.bodySent()).isLessThan(UNREAD);
        assertThat(api.get("/api/v1/people").json().size()).isZero();
    }

    @Test
    void aJsonBodyWithinTheLimitIsStillRead() {
        Api api = Api.signUp(port, accounts);

        Api.Reply made = api.post("/api/v1/people", "{\"name\": \"Ada Lovelace\", \"notes\": \"" + "n".repeat(9_000) + "\"}");

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
    }

    @Test
    void aContactsFileOverItsLimitIsRefusedWith413BeforeItIsRead() {
        Api api = Api.signUp(port, accounts);

        RawHttp.Response declared = post(api, "/api/v1/imports/linkedin/preview", "text/csv", 150 * MB, false);
        RawHttp.Response chunked = post(api, "/api/v1/imports/vcard", "text/vcard", 101 * MB, true);

        assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
        assertThat(declared.body()).contains("larger than the 100 MB Kith takes");
        assertThat(declared.bodySent()).isLessThan(UNREAD);
        assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
        assertThat(chunked.body()).contains("larger than the 100 MB Kith takes");
        assertThat(api.get("/api/v1/people").json().size()).isZero();
    }

    @Test
    void anImportWithoutATokenIs401WithoutItsBodyBeingRead() {
        RawHttp.Response refused = post(null, "/api/v1/imports/linkedin", "text/csv", 90 * MB, false);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.bodySent()).isLessThan(UNREAD);
    }

    /** A POST of {@code size} bytes, declared or chunked, sent while the answer is awaited. */
    private RawHttp.Response post(Api api, String path, String type, long size, boolean chunked) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                + (api == null ? "" : "\r\nAuthorization: Bearer " + api.token())
                + (chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + size);
        // Valid as far as they go, so only their size can refuse them: a JSON string that never
        // ends, a CSV header and its first name, blank lines before a first vCard.
        InputStream body = switch (type) {
            case "application/json" -> RawHttp.generated(size, "{\"name\": \"", "a");
            case "text/csv" -> RawHttp.generated(size, "First Name,Last Name\nA", "a");
            default -> RawHttp.generated(size, "", "\r\n");
        };
        return RawHttp.send(port, head, chunked ? RawHttp.chunked(body) : body);
    }
}
