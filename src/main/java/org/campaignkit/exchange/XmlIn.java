package org.campaignkit.exchange;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a translation file through the JDK's StAX parser with DTDs and external entities off. A
 * file with a DOCTYPE is refused outright: an XLIFF file never needs one, and refusing it closes
 * the doors of entity expansion (billion laughs) and external entities (XXE) before anything is
 * resolved.
 */
final class XmlIn implements AutoCloseable {
    private static final XMLInputFactory FACTORY = factory();
    private final XMLStreamReader xml;
    private final String file;

    XmlIn(byte[] bytes, String file) throws ExchangeException {
        this.file = file;
        try {
            xml = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** The next event; a DOCTYPE or an entity reference ends reading with a clear message. */
    int next() throws ExchangeException {
        try {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ExchangeException(file + ", line " + line() + ": the file has a DOCTYPE declaration, which a"
                        + " translation file never needs; it is refused so that no entity or DTD is ever read.");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ExchangeException(file + ", line " + line() + ": the entity &" + xml.getLocalName()
                        + "; is not part of XML; the file is refused.");
            }
            return event;
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    /** Moves to the next start or end tag, skipping text, comments and processing instructions. */
    int nextTag() throws ExchangeException {
        int event;
        do {
            event = next();
        } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                && event != XMLStreamConstants.END_DOCUMENT);
        return event;
    }

    boolean hasNext() throws ExchangeException {
        try {
            return xml.hasNext();
        } catch (XMLStreamException e) {
            throw problem(e);
        }
    }

    String name() {
        return xml.getLocalName();
    }

    String namespace() {
        String ns = xml.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** An attribute without namespace, or null. */
    String attr(String name) {
        return xml.getAttributeValue(null, name);
    }

    String attr(String namespace, String name) {
        return xml.getAttributeValue(namespace, name);
    }

    String text() {
        return xml.getText();
    }

    int line() {
        return xml.getLocation().getLineNumber();
    }

    String file() {
        return file;
    }

    /** Skips the element the cursor is on, with everything inside it (its text is bounded by the file's). */
    void skip() throws ExchangeException {
        textContent();
    }

    /** All the text inside the element the cursor is on (elements inside it are read through). */
    String textContent() throws ExchangeException {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                out.append(xml.getText());
            }
        }
        return out.toString();
    }

    ExchangeException problem(String message) {
        return new ExchangeException(file + ", line " + line() + ": " + message);
    }

    private ExchangeException problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage().replaceAll("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
        return new ExchangeException(file + (line > 0 ? ", line " + line : "") + ": not well-formed XML: " + message, e);
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // nothing is held open: the bytes are in memory
        }
    }
}
