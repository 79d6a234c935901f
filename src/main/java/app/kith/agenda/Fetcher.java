package app.kith.agenda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
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
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Fetches a calendar's iCalendar text: a private address by GET; a CalDAV calendar by a
 * calendar-query REPORT over the window (RFC 4791, read only), or by a GET of the collection when
 * the server does not answer REPORT. Redirects are followed (five at most); anything else but 2xx
 * is an error. Unless private addresses are allowed, every host on the way, the first and each a
 * redirect leads to, must be public ({@link PublicAddresses}).
 */
final class Fetcher {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A year of a busy calendar is a few megabytes; an answer far larger is not a calendar to read whole. */
    static final int MAX_BYTES = 50 * 1024 * 1024;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Predicate<InetAddress> fetchable;

    /** {@code fetchable}: the addresses a calendar may be read from, for the first host and each redirect's. */
    Fetcher(Predicate<InetAddress> fetchable) {
        this.fetchable = fetchable;
    }

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
        HttpRequest next = request.timeout(TIMEOUT).header("User-Agent", "Kith").build();
        for (int hop = 0; ; hop++) {
            guard(next.uri());
            Answer answer = exchangeOnce(next);
            String location = answer.location();
            if (answer.statusCode() / 100 != 3 || location == null || answer.statusCode() == 304) {
                return answer;
            }
            if (hop == MAX_REDIRECTS) {
                throw new CalendarUnreadable("The calendar's address redirects more than " + MAX_REDIRECTS + " times", null);
            }
            URI target = next.uri().resolve(location);
            if (next.uri().getScheme().equalsIgnoreCase("https") && !"https".equalsIgnoreCase(target.getScheme())) {
                throw new CalendarUnreadable("The calendar's https address redirects to an insecure one", null);
            }
            // a CalDAV password goes to the calendar's own server only, not to where it redirects elsewhere
            boolean sameServer = target.getHost() != null && target.getHost().equalsIgnoreCase(next.uri().getHost())
                    && target.getPort() == next.uri().getPort();
            HttpRequest.Builder again = HttpRequest.newBuilder(next,
                    (name, value) -> sameServer || !name.equalsIgnoreCase("Authorization")).uri(target);
            if (answer.statusCode() == 303) {
                again.GET();
            }
            next = again.build();
        }
    }

    /** Refuses a host at an address not fetchable (a private network's) before anything is sent to it. */
    private void guard(URI uri) {
        try {
            PublicAddresses.checked(uri.getHost() == null ? "" : uri.getHost(), fetchable);
        } catch (PublicAddresses.Refused e) {
            throw new CalendarUnreadable("The calendar's address leads to " + e.getMessage(), null);
        } catch (UnknownHostException e) {
            throw new CalendarUnreadable("Could not reach the calendar: no such host " + uri.getHost(), e);
        }
    }

    private Answer exchangeOnce(HttpRequest request) {
        try {
            HttpResponse<java.io.InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream in = answer.body()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new CalendarUnreadable("The calendar is larger than " + MAX_BYTES / 1024 / 1024
                            + " MB; Kith does not read it", null);
                }
                return new Answer(answer.statusCode(), new String(bytes, StandardCharsets.UTF_8),
                        answer.headers().firstValue("Location").orElse(null));
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

    private record Answer(int statusCode, String body, String location) {
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
