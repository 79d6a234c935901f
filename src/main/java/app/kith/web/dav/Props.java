package app.kith.web.dav;

import app.kith.dav.Card;
import app.kith.web.dav.DavXml.Prop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The properties of each resource, and a response listing those asked for: found ones under 200,
 * unknown ones under 404 (RFC 4918 §9.1). Values are inner XML; the sync token is asked for lazily,
 * so a listing that does not want it costs no query.
 */
final class Props {

    static final Prop RESOURCETYPE = new Prop(DavXml.DAV, "resourcetype");
    static final Prop GETETAG = new Prop(DavXml.DAV, "getetag");
    static final Prop ADDRESS_DATA = new Prop(DavXml.CARD, "address-data");

    private static final String PRINCIPAL_HREF = "<d:href>" + DavServlet.PRINCIPAL + "</d:href>";
    private static final String READ = "<d:privilege><d:read/></d:privilege>"
            + "<d:privilege><d:read-current-user-privilege-set/></d:privilege>";
    private static final String WRITE = READ + "<d:privilege><d:write/></d:privilege>"
            + "<d:privilege><d:write-content/></d:privilege><d:privilege><d:bind/></d:privilege>"
            + "<d:privilege><d:unbind/></d:privilege>";

    private Props() {
    }

    /** A collection's properties; {@code token} gives the address book's sync token. */
    static Map<Prop, Supplier<String>> collection(String path, String email, Supplier<String> token) {
        Map<Prop, Supplier<String>> p = new LinkedHashMap<>();
        boolean book = path.equals(DavServlet.BOOK);
        boolean principal = path.equals(DavServlet.PRINCIPAL);
        p.put(RESOURCETYPE, () -> book ? "<d:collection/><card:addressbook/>" : principal ? "<d:principal/>" : "<d:collection/>");
        p.put(dav("displayname"), () -> DavXml.escape(book ? "Kith" : principal ? email : "Kith"));
        p.put(dav("current-user-principal"), () -> PRINCIPAL_HREF);
        p.put(dav("owner"), () -> PRINCIPAL_HREF);
        p.put(dav("current-user-privilege-set"), () -> book ? WRITE : READ);
        if (!book) {
            p.put(card("addressbook-home-set"), () -> "<d:href>" + DavServlet.HOME + "</d:href>");
        }
        if (principal) {
            p.put(dav("principal-URL"), () -> PRINCIPAL_HREF);
            p.put(dav("principal-collection-set"), () -> "<d:href>" + DavServlet.ROOT + "</d:href>");
        }
        if (book) {
            p.put(new Prop(DavXml.CS, "getctag"), token::get);
            p.put(dav("sync-token"), token::get);
            p.put(dav("supported-report-set"), () -> report("card:addressbook-multiget") + report("card:addressbook-query")
                    + report("d:sync-collection"));
            p.put(card("supported-address-data"), () -> "<card:address-data-type content-type=\"text/vcard\" version=\"3.0\"/>");
            p.put(card("addressbook-description"), () -> "The people you keep in touch with, from Kith");
            p.put(card("max-resource-size"), () -> String.valueOf(DavServlet.MAX_BODY));
        }
        return p;
    }

    /** A card's properties; its text only when asked for by name. */
    static Map<Prop, Supplier<String>> card(Card c) {
        Map<Prop, Supplier<String>> p = new LinkedHashMap<>();
        p.put(RESOURCETYPE, () -> "");
        p.put(GETETAG, () -> DavXml.escape(c.etag()));
        p.put(dav("getcontenttype"), () -> "text/vcard; charset=utf-8");
        return p;
    }

    /** One response: {@code asked} null means every property the resource has (allprop). */
    static void response(StringBuilder out, String href, Map<Prop, Supplier<String>> props, List<Prop> asked, Card card) {
        StringBuilder found = new StringBuilder();
        StringBuilder missing = new StringBuilder();
        for (Prop prop : asked == null ? List.copyOf(props.keySet()) : asked) {
            Supplier<String> value = props.get(prop);
            if (value == null && card != null && prop.equals(ADDRESS_DATA)) {
                value = () -> DavXml.escape(card.vcard());
            }
            if (value == null) {
                missing.append(prop.empty());
            } else {
                String v = value.get();
                found.append(v.isEmpty() ? prop.empty() : prop.with(v));
            }
        }
        out.append("<d:response><d:href>").append(DavXml.escape(href)).append("</d:href>");
        if (!found.isEmpty() || missing.isEmpty()) {
            out.append("<d:propstat><d:prop>").append(found).append("</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>");
        }
        if (!missing.isEmpty()) {
            out.append("<d:propstat><d:prop>").append(missing)
                    .append("</d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>");
        }
        out.append("</d:response>\n");
    }

    static void gone(StringBuilder out, String href) {
        out.append("<d:response><d:href>").append(DavXml.escape(href))
                .append("</d:href><d:status>HTTP/1.1 404 Not Found</d:status></d:response>\n");
    }

    /** The properties a PROPFIND or REPORT asks for inside its {@code <d:prop>}; null for all. */
    static List<Prop> asked(org.w3c.dom.Element parent) {
        org.w3c.dom.Element prop = DavXml.child(parent, DavXml.DAV, "prop");
        return prop == null ? null : DavXml.children(prop).stream().map(Prop::of).toList();
    }

    private static String report(String name) {
        return "<d:supported-report><d:report><" + name + "/></d:report></d:supported-report>";
    }

    private static Prop dav(String name) {
        return new Prop(DavXml.DAV, name);
    }

    private static Prop card(String name) {
        return new Prop(DavXml.CARD, name);
    }
}
