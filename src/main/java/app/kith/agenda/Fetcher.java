package app.kith.agenda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Fetches a calendar's iCalendar text: a private address by GET; a CalDAV calendar by a
 * calendar-query REPORT over the window (RFC 4791, read only), or by a GET of the collection when
 * the server does not answer REPORT. Redirects are followed; anything else but 2xx is an error.
 */
final class Fetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A year of a busy calendar is a few megabytes; an answer far larger is not a calendar to read whole. */
    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    List<String> ical(String url) {
        return List.of(send(HttpRequest.newBuilder(uri(url)).GET().header("Accept", "text/calendar"), url));
    }

    List<String> caldav(String url, String user, String password, Instant from, Instant to) {
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter>
                    <C:comp-filter name="VCALENDAR">
                      <C:comp-filter name="VEVENT">
                        <C:time-range start="%s" end="%s"/>
                      </C:comp-filter>
                    </C:comp-filter>
                  </C:filter>
                </C:calendar-query>
                """.formatted(UTC.format(from), UTC.format(to));
        HttpRequest.Builder report = signed(HttpRequest.newBuilder(uri(url)), user, password)
                .method("REPORT", HttpRequest.BodyPublishers.ofString(body))
                .header("Depth", "1").header("Content-Type", "application/xml; charset=utf-8");
        Answer answer = exchange(report);
        if (answer.statusCode() == 405 || answer.statusCode() == 501) {
            return List.of(send(signed(HttpRequest.newBuilder(uri(url)), user, password).GET()
                    .header("Accept", "text/calendar"), url));
        }
        check(answer, url);
        return calendarData(answer.body());
    }

    private static HttpRequest.Builder signed(HttpRequest.Builder request, String user, String password) {
        if (user == null || user.isEmpty()) {
            return request;
        }
        String pair = user + ":" + (password == null ? "" : password);
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                pair.getBytes(StandardCharsets.UTF_8)));
    }

    private String send(HttpRequest.Builder request, String url) {
        Answer answer = exchange(request);
        check(answer, url);
        return answer.body();
    }

    private Answer exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<java.io.InputStream> answer = http.send(request.timeout(TIMEOUT).header("User-Agent", "Kith")
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = answer.body()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new CalendarUnreadable("The calendar is larger than " + MAX_BYTES / 1024 / 1024
                            + " MB; Kith does not read it", null);
                }
                return new Answer(answer.statusCode(), new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new CalendarUnreadable("Could not reach the calendar: " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CalendarUnreadable("The fetch was interrupted", e);
        }
    }

    private static void check(Answer answer, String url) {
        int status = answer.statusCode();
        if (status == 401 || status == 403) {
            throw new CalendarUnreadable("The calendar server refused the user name or password (HTTP " + status + ")", null);
        }
        if (status == 404) {
            throw new CalendarUnreadable("No calendar at that address (HTTP 404)", null);
        }
        if (status / 100 != 2) {
            throw new CalendarUnreadable("The calendar server answered HTTP " + status, null);
        }
    }

    private record Answer(int statusCode, String body) {
    }

    /** The iCalendar text of each resource in a multistatus answer. */
    static List<String> calendarData(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            NodeList data = doc.getElementsByTagNameNS(CALDAV, "calendar-data");
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < data.getLength(); i++) {
                String text = data.item(i).getTextContent();
                if (text != null && !text.isBlank()) {
                    texts.add(text);
                }
            }
            return texts;
        } catch (Exception e) {
            throw new CalendarUnreadable("The CalDAV server's answer could not be read: " + e.getMessage(), e);
        }
    }

    /** webcal:// is how calendar apps spell an https address to subscribe to. */
    static URI uri(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "webcal://", 0, 9)) {
            u = "https://" + u.substring(9);
        }
        return URI.create(u);
    }
}
