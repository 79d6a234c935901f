package app.kith.isolation;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * CardDAV, which Spring MVC does not map: the methods are the ones the servlet says it allows,
 * each sent as B to A's card and, for the collection methods, to B's book asking for A's card.
 */
final class DavRoutes {

    private static final String BOOK = "/dav/addressbooks/contacts/";
    private static final String MULTIGET = """
            <?xml version="1.0" encoding="utf-8"?>
            <c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav">
              <d:prop><d:getetag/><c:address-data/></d:prop><d:href>%s</d:href>
            </c:addressbook-multiget>""";
    private static final String PROPFIND = """
            <?xml version="1.0" encoding="utf-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:displayname/></d:prop></d:propfind>""";

    private final Owner a;
    private final Http b;
    private final Http aPasswordAsB;

    DavRoutes(int port, Owner a, Intruder b) {
        this.a = a;
        this.b = Http.basic(port, b.email(), b.appPassword());
        this.aPasswordAsB = Http.basic(port, b.email(), a.appPassword());
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        String card = BOOK + "kith-" + a.id("person") + ".vcf";
        HttpResponse<String> options = b.send("OPTIONS", "/dav/", null, null);
        List<String> methods = Arrays.stream(options.headers().firstValue("Allow").orElse("").split(","))
                .map(String::strip).filter(m -> !m.isEmpty()).toList();
        if (methods.size() < 5) {
            problems.add("OPTIONS /dav/ allows only " + methods);
        }
        for (String method : methods) {
            switch (method) {
                case "OPTIONS" -> check(problems, method + " " + card, b.send(method, card, null, null), 200);
                case "GET", "HEAD", "DELETE" -> check(problems, method + " " + card, b.send(method, card, null, null), 404);
                case "PUT" -> check(problems, "PUT " + card, b.send("PUT", card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taken"
                        + " Over\r\nEND:VCARD\r\n", "text/vcard", "If-Match", "\"any\""), 404, 412);
                case "PROPFIND" -> {
                    check(problems, "PROPFIND " + card, b.send(method, card, PROPFIND, "application/xml", "Depth", "0"),
                            404, 207);
                    check(problems, "PROPFIND " + BOOK, b.send(method, BOOK, PROPFIND, "application/xml", "Depth", "1"),
                            207);
                }
                case "PROPPATCH" -> check(problems, "PROPPATCH " + card, b.send(method, card, PROPFIND,
                        "application/xml"), 403, 404, 207);
                case "REPORT" -> check(problems, "REPORT " + BOOK, b.send(method, BOOK, MULTIGET.formatted(card),
                        "application/xml", "Depth", "1"), 207);
                default -> problems.add("CardDAV allows " + method + ", which the isolation test does not call yet:"
                        + " add it to DavRoutes");
            }
        }
        check(problems, "A's app password under B's name", aPasswordAsB.send("PROPFIND", BOOK, PROPFIND,
                "application/xml", "Depth", "1"), 401);
        return problems;
    }

    private void check(List<String> problems, String what, HttpResponse<String> reply, int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == reply.statusCode())) {
            problems.add(what + " → " + reply.statusCode() + ", expected " + Arrays.toString(expected));
        }
        for (String marker : a.markers()) {
            if (reply.body().contains(marker)) {
                problems.add(what + " shows A's data: " + reply.body());
            }
        }
    }
}
