package app.kith.web.dav;

import app.kith.dav.AddressBook;
import app.kith.dav.Card;
import app.kith.web.dav.DavXml.Prop;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.w3c.dom.Element;

/** PROPFIND (RFC 4918 §9.1): a resource's properties, and with Depth 1 its members'. */
final class Propfind {

    private final AddressBook book;
    private final long account;
    private final String email;

    Propfind(AddressBook book, long account, String email) {
        this.book = book;
        this.account = account;
        this.email = email;
    }

    void answer(DavServlet.Resource at, int depth, Element body, HttpServletResponse response) throws IOException {
        if (!at.known()) {
            DavServlet.text(response, 404, "Not found");
            return;
        }
        List<Prop> asked = body == null || DavXml.child(body, DavXml.DAV, "prop") == null ? null : Props.asked(body);
        StringBuilder out = new StringBuilder(DavXml.MULTISTATUS);
        if (at.card() != null) {
            Card card = book.card(account, at.card()).orElse(null);
            if (card == null) {
                DavServlet.text(response, 404, "No card " + at.card());
                return;
            }
            Props.response(out, at.path(), Props.card(card), asked, card);
        } else {
            Supplier<String> token = memo(() -> book.syncToken(account));
            Props.response(out, at.path(), Props.collection(at.path(), email, token), asked, null);
            if (depth == 1 && at.path().equals(DavServlet.HOME)) {
                Props.response(out, DavServlet.BOOK, Props.collection(DavServlet.BOOK, email, token), asked, null);
            }
            if (depth == 1 && at.path().equals(DavServlet.BOOK)) {
                for (Card card : book.all(account)) {
                    Props.response(out, DavServlet.BOOK + card.name(), Props.card(card), asked, card);
                }
            }
        }
        DavServlet.xml(response, 207, out.append("</d:multistatus>\n").toString());
    }

    private static Supplier<String> memo(Supplier<String> s) {
        String[] value = {null};
        return () -> value[0] != null ? value[0] : (value[0] = s.get());
    }
}
