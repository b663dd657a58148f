package org.campaignkit.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.campaignkit.kit.Status;

/** The formats a translator's file can have. */
public enum ExchangeFormat {
    XLIFF_2_0("XLIFF 2.0"), XLIFF_1_2("XLIFF 1.2"), PO("gettext PO");

    private final String title;

    ExchangeFormat(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** Writes the document in this format. */
    void write(ExchangeDocument doc, OutputStream out) throws IOException, ExchangeException {
        try {
            switch (this) {
                case XLIFF_2_0 -> Xliff20Writer.write(doc, out);
                case XLIFF_1_2 -> Xliff12Writer.write(doc, out);
                case PO -> PoWriter.write(doc, out);
            }
        } catch (XMLStreamException e) {
            throw new ExchangeException("Cannot write the " + title + " file: " + e.getMessage(), e);
        }
    }

    /** Reads a file of this format. */
    ImportedFile read(byte[] bytes, String name) throws ExchangeException {
        return switch (this) {
            case XLIFF_2_0 -> Xliff20Reader.read(bytes, name);
            case XLIFF_1_2 -> Xliff12Reader.read(bytes, name);
            case PO -> PoReader.read(bytes, name);
        };
    }

    /**
     * The status a unit in this state comes back with when the translator changed nothing: how a
     * file the composer wrote reads back. An unedited unit is recognised by it and left alone.
     */
    Status readBack(UnitState state) {
        return switch (this) {
            case XLIFF_2_0 -> Xliff20Reader.status(Xliff20Writer.stateWord(state));
            case XLIFF_1_2 -> Xliff12Reader.status(Xliff12Writer.stateWord(state), false);
            case PO -> PoReader.status(PoWriter.isFuzzy(state));
        };
    }

    /** Which format a file is in, from its first bytes: XML with the 2.0 or 1.2 namespace, else PO. */
    static ExchangeFormat detect(byte[] bytes, String name) throws ExchangeException {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (!head.startsWith("<")) {
            return PO;
        }
        if (head.contains("urn:oasis:names:tc:xliff:document:2.")) {
            return XLIFF_2_0;
        }
        if (head.contains("urn:oasis:names:tc:xliff:document:1.2") || head.matches("(?s).*<xliff[^>]*version=\"1\\.2\".*")) {
            return XLIFF_1_2;
        }
        try (XmlIn xml = new XmlIn(bytes, name)) {
            xml.nextTag(); // refuses a DOCTYPE with its own message before anything else is said
        }
        throw new ExchangeException(name + ": not an XLIFF 2.0, XLIFF 1.2 or PO file (an XML file without the XLIFF namespace).");
    }
}
