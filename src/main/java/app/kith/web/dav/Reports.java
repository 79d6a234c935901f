package app.kith.web.dav;

import app.kith.dav.AddressBook;
import app.kith.dav.Card;
import app.kith.dav.Changes;
import app.kith.web.dav.DavXml.Prop;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The address book's REPORTs: addressbook-multiget (cards by address), addressbook-query (cards
 * matching a filter, see {@link CardFilter}) and sync-collection (what changed since a token).
 */
final class Reports {

    private final AddressBook book;
    private final long account;

    Reports(AddressBook book, long account) {
        this.book = book;
        this.account = account;
    }

    void answer(DavServlet.Resource at, Element body, HttpServletResponse response) throws IOException {
        if (body == null) {
            DavServlet.text(response, 400, "A REPORT needs a body");
            return;
        }
        if (!DavServlet.BOOK.equals(at.path()) || at.card() != null) {
            DavServlet.xml(response, 403, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<d:error xmlns:d=\"DAV:\"><d:supported-report/></d:error>");
            return;
        }
        List<Prop> asked = Props.asked(body);
        StringBuilder out = new StringBuilder(DavXml.MULTISTATUS);
        if (DavXml.is(body, DavXml.CARD, "addressbook-multiget")) {
            multiget(body, asked, out);
        } else if (DavXml.is(body, DavXml.CARD, "addressbook-query")) {
            query(body, asked, out);
        } else if (DavXml.is(body, DavXml.DAV, "sync-collection")) {
            sync(body, asked, out);
        } else {
            DavServlet.xml(response, 403, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                    + "<d:error xmlns:d=\"DAV:\"><d:supported-report/></d:error>");
            return;
        }
        DavServlet.xml(response, 207, out.append("</d:multistatus>\n").toString());
    }

    private void multiget(Element body, List<Prop> asked, StringBuilder out) {
        List<Element> hrefs = DavXml.all(body, DavXml.DAV, "href");
        List<String> names = DavServlet.names(hrefs);
        Map<String, Card> found = new HashMap<>();
        book.cards(account, names.stream().filter(n -> n != null).toList()).forEach(c -> found.put(c.name(), c));
        for (int i = 0; i < hrefs.size(); i++) {
            Card card = names.get(i) == null ? null : found.get(names.get(i));
            if (card == null) {
                Props.gone(out, hrefs.get(i).getTextContent().strip());
            } else {
                Props.response(out, DavServlet.BOOK + card.name(), Props.card(card), asked, card);
            }
        }
    }

    private void query(Element body, List<Prop> asked, StringBuilder out) {
        CardFilter filter = CardFilter.of(DavXml.child(body, DavXml.CARD, "filter"));
        int limit = limit(body);
        int n = 0;
        for (Card card : book.all(account)) {
            if (n < limit && filter.matches(card.vcard())) {
                Props.response(out, DavServlet.BOOK + card.name(), Props.card(card), asked, card);
                n++;
            }
        }
    }

    private static int limit(Element body) {
        Element nresults = DavXml.child(DavXml.child(body, DavXml.CARD, "limit"), DavXml.CARD, "nresults");
        try {
            return nresults == null ? Integer.MAX_VALUE : Math.max(0, Integer.parseInt(nresults.getTextContent().strip()));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private void sync(Element body, List<Prop> asked, StringBuilder out) {
        Element tokenElement = DavXml.child(body, DavXml.DAV, "sync-token");
        String token = tokenElement == null ? "" : tokenElement.getTextContent().strip();
        List<Card> changed;
        List<String> removed = new ArrayList<>();
        String next;
        if (token.isEmpty()) {
            next = book.syncToken(account);
            changed = book.all(account);
        } else {
            Changes changes = book.changesSince(account, token);
            next = changes.token();
            changed = changes.changed();
            removed = changes.removed();
        }
        for (Card card : changed) {
            Props.response(out, DavServlet.BOOK + card.name(), Props.card(card), asked, card);
        }
        for (String name : removed) {
            Props.gone(out, DavServlet.BOOK + name);
        }
        out.append("<d:sync-token>").append(DavXml.escape(next)).append("</d:sync-token>\n");
    }
}
