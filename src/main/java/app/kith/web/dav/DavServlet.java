package app.kith.web.dav;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.dav.AddressBook;
import app.kith.dav.Card;
import app.kith.dav.InvalidSyncToken;
import app.kith.dav.PreconditionFailed;
import app.kith.dav.Written;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.w3c.dom.Element;

/**
 * The address book over CardDAV (RFC 6352 on WebDAV, RFC 4918, with sync-collection, RFC 6578):
 * {@code /dav/} leads to the principal, the principal to the home, the home holds one address
 * book, {@code /dav/addressbooks/contacts/}, of one {@code .vcf} per person. A servlet of its own,
 * since PROPFIND and REPORT are no methods Spring MVC maps.
 */
final class DavServlet extends HttpServlet {

    static final String WELL_KNOWN = "/.well-known/carddav";
    static final String ROOT = "/dav/";
    static final String PRINCIPAL = "/dav/principal/";
    static final String HOME = "/dav/addressbooks/";
    static final String BOOK = "/dav/addressbooks/contacts/";
    static final int MAX_BODY = 1 << 20;
    private static final String ALLOW = "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, REPORT";

    private final transient AddressBook book;

    DavServlet(AddressBook book) {
        this.book = book;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if (path.equals(WELL_KNOWN)) {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", ROOT);
            return;
        }
        response.setHeader("DAV", "1, 3, addressbook");
        try {
            Account signedIn = (Account) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
            long account = signedIn.id();
            Resource at = Resource.of(path);
            switch (request.getMethod()) {
                case "OPTIONS" -> {
                    response.setHeader("Allow", ALLOW);
                    response.setStatus(200);
                }
                case "PROPFIND" -> new Propfind(book, account, signedIn.email()).answer(at, depth(request), DavXml.parse(body(request)),
                        response);
                case "REPORT" -> new Reports(book, account).answer(at, DavXml.parse(body(request)), response);
                case "PROPPATCH" -> proppatch(at, DavXml.parse(body(request)), response);
                case "GET", "HEAD" -> get(account, at, request.getMethod().equals("HEAD"), response);
                case "PUT" -> put(account, at, request, response);
                case "DELETE" -> delete(account, at, request, response);
                default -> {
                    response.setHeader("Allow", ALLOW);
                    text(response, 405, request.getMethod() + " is not supported here");
                }
            }
        } catch (TooLarge e) {
            text(response, 413, "The body is larger than the " + MAX_BODY / 1024 + " KB an address book takes");
        } catch (DavXml.BadXml | Invalid e) {
            text(response, 400, e.getMessage());
        } catch (NotFound e) {
            text(response, 404, e.getMessage());
        } catch (PreconditionFailed e) {
            text(response, 412, e.getMessage());
        } catch (InvalidSyncToken e) {
            xml(response, 403, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<d:error xmlns:d=\"DAV:\"><d:valid-sync-token/></d:error>");
        }
    }

    private void get(long account, Resource at, boolean head, HttpServletResponse response) throws IOException {
        if (at.card() == null) {
            text(response, at.known() ? 200 : 404, at.known() ? "Kith's address book: add " + ROOT
                    + " to a CardDAV app (Contacts, DAVx5) with your email and an app password" : "Not found");
            return;
        }
        Card card = book.card(account, at.card()).orElseThrow(() -> new NotFound("No card " + at.card()));
        byte[] bytes = card.vcard().getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setHeader("ETag", card.etag());
        response.setContentType("text/vcard; charset=utf-8");
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }

    /** A PUT's answer has no ETag: Kith keeps what it understood of the card, so the phone reads it back. */
    private void put(long account, Resource at, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (at.card() == null) {
            text(response, 405, "Cards are put inside " + BOOK);
            return;
        }
        String vcard = new String(body(request), StandardCharsets.UTF_8);
        String ifNoneMatch = request.getHeader("If-None-Match");
        Written written = book.put(account, at.card(), vcard, request.getHeader("If-Match"),
                ifNoneMatch != null && ifNoneMatch.strip().equals("*"));
        response.setStatus(written.created() ? 201 : 204);
    }

    private void delete(long account, Resource at, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (at.card() == null) {
            text(response, 403, "Only cards can be deleted");
            return;
        }
        book.delete(account, at.card(), request.getHeader("If-Match"));
        response.setStatus(204);
    }

    /**
     * Kith's properties are its own (the address book is named Kith, its cards' text is the
     * person): a client setting one (iOS names its "me" card this way) is told 403 for each, and
     * carries on.
     */
    private static void proppatch(Resource at, Element body, HttpServletResponse response) throws IOException {
        if (!at.known()) {
            text(response, 404, "Not found");
            return;
        }
        StringBuilder props = new StringBuilder();
        for (Element change : DavXml.children(body)) {
            for (Element prop : DavXml.all(change, DavXml.DAV, "prop")) {
                DavXml.children(prop).forEach(e -> props.append(DavXml.Prop.of(e).empty()));
            }
        }
        xml(response, 207, DavXml.MULTISTATUS + "<d:response><d:href>" + DavXml.escape(at.path())
                + "</d:href><d:propstat><d:prop>" + props + "</d:prop><d:status>HTTP/1.1 403 Forbidden</d:status>"
                + "<d:error><d:cannot-modify-protected-property/></d:error></d:propstat></d:response>\n</d:multistatus>\n");
    }

    private static int depth(HttpServletRequest request) {
        String depth = request.getHeader("Depth");
        return "0".equals(depth) ? 0 : 1;
    }

    private static final class TooLarge extends IOException {
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw new TooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new TooLarge();
            }
            return bytes;
        }
    }

    static void text(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void xml(HttpServletResponse response, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/xml; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Where a request is: one of the collections, a card of the address book (its name), or nowhere known. */
    record Resource(String path, String card) {

        static Resource of(String rawPath) {
            String path = decode(rawPath);
            if (path == null) {
                return new Resource(null, null);
            }
            if (!path.endsWith("/") && List.of(ROOT, PRINCIPAL, HOME, BOOK).contains(path + "/")) {
                path = path + "/";
            }
            if (path.startsWith(BOOK) && path.length() > BOOK.length() && path.indexOf('/', BOOK.length()) < 0) {
                return new Resource(path, path.substring(BOOK.length()));
            }
            return new Resource(List.of(ROOT, PRINCIPAL, HOME, BOOK).contains(path) ? path : null, null);
        }

        /** A path or a full URL from a request body, percent-decoded; null when it is not one. */
        static String decode(String href) {
            try {
                return URI.create(href.strip()).getPath();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean known() {
            return path != null;
        }
    }

    static List<String> names(List<Element> hrefs) {
        List<String> names = new ArrayList<>();
        for (Element href : hrefs) {
            Resource r = Resource.of(href.getTextContent());
            names.add(r.card());
        }
        return names;
    }
}
