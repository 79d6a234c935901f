package app.kith.web.dav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * WebDAV's XML, read safely and written by hand. Reading refuses any DOCTYPE, so no entity is
 * ever expanded (a billion-laughs body fails at once) and nothing outside the body is fetched.
 */
final class DavXml {

    static final String DAV = "DAV:";
    static final String CARD = "urn:ietf:params:xml:ns:carddav";
    static final String CS = "http://calendarserver.org/ns/";

    private DavXml() {
    }

    /** A body that is no XML, or that declares a DOCTYPE. */
    static final class BadXml extends Exception {
        BadXml(String message) {
            super(message);
        }
    }

    /** The document's root, or null for an empty body (PROPFIND's "all properties"). */
    static Element parse(byte[] body) throws BadXml {
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        try {
            return builder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new BadXml("The body is not XML WebDAV can read: " + e.getMessage());
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean is(Node node, String ns, String name) {
        return node instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName());
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String ns, String name) {
        return children(parent).stream().filter(e -> is(e, ns, name)).findFirst().orElse(null);
    }

    static List<Element> all(Element parent, String ns, String name) {
        return children(parent).stream().filter(e -> is(e, ns, name)).toList();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A property asked for, by namespace and name. */
    record Prop(String ns, String name) {
        static Prop of(Element e) {
            return new Prop(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName());
        }

        /** The element, empty, with its namespace declared in place unless it is one the response declares. */
        String empty() {
            return open() + "/>";
        }

        String open() {
            return switch (ns) {
                case DAV -> "<d:" + name;
                case CARD -> "<card:" + name;
                case CS -> "<cs:" + name;
                default -> ns.isEmpty() ? "<" + name + " xmlns=\"\"" : "<x:" + name + " xmlns:x=\"" + escape(ns) + "\"";
            };
        }

        String close() {
            return switch (ns) {
                case DAV -> "</d:" + name + ">";
                case CARD -> "</card:" + name + ">";
                case CS -> "</cs:" + name + ">";
                default -> ns.isEmpty() ? "</" + name + ">" : "</x:" + name + ">";
            };
        }

        String with(String innerXml) {
            return open() + ">" + innerXml + close();
        }
    }

    static final String MULTISTATUS = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<d:multistatus xmlns:d=\"DAV:\" xmlns:card=\"" + CARD + "\" xmlns:cs=\"" + CS + "\">\n";
}
