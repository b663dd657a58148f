package org.campaignkit.exchange;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XML through the JDK's StAX writer, never by gluing strings: every text and attribute is
 * escaped by the writer. Adds what StAX leaves out: indentation between elements, a carriage return
 * kept as {@code &#13;} (a parser would turn a raw one into a line feed), and a clear refusal of
 * characters XML 1.0 cannot carry.
 */
final class XmlOut implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    private final XMLStreamWriter xml;
    private String where = "";

    XmlOut(OutputStream out) throws XMLStreamException {
        xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
    }

    /** Names the unit being written, for the message of a refused character. */
    void at(String unit) {
        where = unit;
    }

    XmlOut start(String name) throws XMLStreamException {
        xml.writeStartElement(name);
        return this;
    }

    XmlOut start(String prefix, String name, String namespace) throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        return this;
    }

    XmlOut empty(String name) throws XMLStreamException {
        xml.writeEmptyElement(name);
        return this;
    }

    XmlOut namespace(String prefix, String uri) throws XMLStreamException {
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(uri);
        } else {
            xml.writeNamespace(prefix, uri);
        }
        return this;
    }

    /** An attribute; null values are left out. */
    XmlOut attr(String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(name, checked(value));
        }
        return this;
    }

    XmlOut attr(String prefix, String namespace, String name, String value) throws XMLStreamException {
        if (value != null) {
            xml.writeAttribute(prefix, namespace, name, checked(value));
        }
        return this;
    }

    XmlOut text(String text) throws XMLStreamException {
        checked(text);
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\r') {
                xml.writeCharacters(text.substring(at, i));
                xml.writeEntityRef("#13");
                at = i + 1;
            }
        }
        xml.writeCharacters(text.substring(at));
        return this;
    }

    /** An element holding only text. */
    XmlOut element(String name, String text) throws XMLStreamException {
        return start(name).text(text).end();
    }

    XmlOut end() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    /** A line break and two spaces per level, between elements (never inside text). */
    XmlOut indent(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
        return this;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.writeEndDocument();
        xml.writeCharacters("\n");
        xml.flush();
        xml.close();
    }

    private String checked(String text) throws XMLStreamException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xFFFD && c != 0xFFFE
                    && !(Character.isSurrogate(c) && !pairedSurrogate(text, i));
            if (!allowed) {
                throw new XMLStreamException("the string \"" + where + "\" holds the control character U+"
                        + String.format("%04X", (int) c) + ", which XML cannot carry; remove it from the kit's text first.");
            }
        }
        return text;
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
