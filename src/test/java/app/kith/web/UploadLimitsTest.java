package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.RawHttp;
import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app's side of the request limits: an upload or a form larger than Kith takes is a page
 * saying so (413), and an upload from someone not signed in is sent to sign in; both are answered
 * before the body is read, so the server neither parses nor stores it.
 */
@ServerTest
class UploadLimitsTest {

    private static final long MB = 1024 * 1024;
    /** Far less than the bodies sent: what the sockets' buffers hold, not what a server read. */
    private static final long UNREAD = 32 * MB;
    private static final String BOUNDARY = "----kith-limits";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void anUploadOverTheLimitIsAPageSaying413BeforeItIsRead() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/import");

        RawHttp.Response refused = upload(session, 150 * MB);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("<!DOCTYPE html>", "413 · Content Too Large",
                "The file is larger than the 100 MB Kith takes");
        assertThat(refused.bodySent()).as("bytes sent when the answer came").isLessThan(UNREAD);
    }

    @Test
    void aFormOverTheLimitIsAPageSaying413() {
        WebSession session = WebSession.signUp(port, accounts);
        session.get("/settings");
        long size = 2 * MB;
        String head = "POST /settings HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + session.cookieHeader()
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + size;

        RawHttp.Response refused = RawHttp.send(port, head, RawHttp.generated(size, "_csrf=" + session.csrf()
                + "&capacity=7&timeZone=", "a"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.body()).contains("The request is larger than the 1 MB Kith takes.");
    }

    @Test
    void anUploadFromSomeoneNotSignedInIsSentToSignInBeforeItsBodyIsRead() {
        RawHttp.Response refused = upload(WebSession.anonymous(port), 90 * MB);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(302);
        assertThat(refused.header("Location")).isEqualTo("/login");
        assertThat(refused.bodySent()).as("bytes sent when the answer came").isLessThan(UNREAD);
    }

    /** The import form posted with a file of about {@code size} bytes, made as it is sent. */
    private RawHttp.Response upload(WebSession session, long size) {
        String csrf = session.accountId() == 0 ? "none" : session.csrf();
        String start = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nlinkedin\r\n--" + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Connections.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nFirst Name,Last Name\r\n";
        String end = "\r\n--" + BOUNDARY + "--\r\n";
        long file = size - start.length() - end.length();
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(RawHttp.generated(file, start, "Ada,Lovelace\r\n"),
                new ByteArrayInputStream(end.getBytes(StandardCharsets.UTF_8)))));
        String head = "POST /import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
                + "\r\nContent-Length: " + size + (session.accountId() == 0 ? "" : "\r\nCookie: " + session.cookieHeader());
        return RawHttp.send(port, head, body);
    }
}
