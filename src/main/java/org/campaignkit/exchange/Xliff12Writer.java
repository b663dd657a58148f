package org.campaignkit.exchange;

import java.io.OutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;
import org.campaignkit.exchange.Piece.Text;

/**
 * Writes XLIFF 1.2: a {@code trans-unit} per key (resname = key) with maxwidth in characters where
 * a platform limit applies, the state on the target, and notes. Codes are {@code <x/>} for
 * placeholders and {@code <g>} for bold, italic and links ({@code <bx/>}/{@code <ex/>} when bold and
 * italic overlap): content-free codes that OmegaT shows as short tags and Okapi maps to its own
 * codes, so a translator can move them but never edit the markup inside; the markup is restored from
 * ctype and equiv-text, which both tools copy from source to target unchanged.
 */
final class Xliff12Writer {
    static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
    /** Our own namespace, for the one thing XLIFF 1.2 has no attribute for: a link's address. */
    static final String CK = "urn:campaignkit:exchange:1";

    private Xliff12Writer() {
    }

    /** The target state a unit state is written as (an untranslated unit has no target to carry one). */
    static String stateWord(UnitState state) {
        return switch (state) {
            case UNTRANSLATED -> "needs-translation";
            case DRAFT, STALE -> "needs-review-translation";
            case TRANSLATED -> "translated";
            case REVIEWED -> "signed-off";
        };
    }

    static void write(ExchangeDocument doc, OutputStream stream) throws XMLStreamException {
        try (XmlOut out = new XmlOut(stream)) {
            out.indent(0).start("xliff").namespace("", NS).namespace("ck", CK).attr("version", "1.2");
            out.indent(1).start("file").attr("original", doc.kitId()).attr("source-language", doc.sourceLanguage())
                    .attr("target-language", doc.targetLanguage()).attr("datatype", "plaintext")
                    .attr("product-name", "campaign-kit").attr("product-version", doc.kitVersion());
            out.indent(2).start("header").indent(3).start("note").attr("from", "campaign-kit").text(ExchangeNotes.about(doc))
                    .end().indent(2).end();
            out.indent(2).start("body");
            for (ExchangeUnit unit : doc.units()) {
                out.at(unit.key());
                unit(out, unit);
            }
            out.indent(2).end().indent(1).end().indent(0).end();
        }
    }

    private static void unit(XmlOut out, ExchangeUnit unit) throws XMLStreamException {
        out.indent(3).start("trans-unit").attr("id", unit.key()).attr("resname", unit.key())
                .attr("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        if (unit.limit() != null) {
            out.attr("maxwidth", String.valueOf(unit.limit().characters())).attr("size-unit", "char");
        }
        out.indent(4).start("source");
        List<Piece> source = InlineCodes.split(unit.source());
        inline(out, source);
        out.end();
        if (unit.target() != null) {
            out.indent(4).start("target").attr("state", stateWord(unit.state()));
            inline(out, InlineCodes.splitLike(unit.target(), source));
            out.end();
        }
        for (ExchangeNotes.Note note : ExchangeNotes.of(unit)) {
            out.indent(4).start("note").attr("from", "campaign-kit")
                    .attr("annotates", note.category().equals("previous-source") ? "source" : "general")
                    .text((note.category().equals("translator") ? "Note: " : "") + note.text()).end();
        }
        for (GlossaryMatch m : unit.glossary()) {
            String translation = m.doNotTranslate() ? m.term() : m.translation();
            String definition = ExchangeNotes.glossaryDefinition(m);
            out.indent(4).start("note").attr("from", "campaign-kit-glossary").attr("annotates", "source")
                    .text("Glossary: " + m.term() + (translation != null ? " = " + translation : "")
                            + (definition != null ? ". " + definition : "")).end();
        }
        out.indent(3).end();
    }

    private static void inline(XmlOut out, List<Piece> pieces) throws XMLStreamException {
        boolean nested = InlineCodes.isNested(pieces);
        for (Piece piece : pieces) {
            if (piece instanceof Text t) {
                out.text(t.text());
            } else if (piece instanceof Standalone s) {
                out.empty("x").attr("id", s.id()).attr("ctype", s.placeholder() ? "x-placeholder" : "x-markup")
                        .attr("equiv-text", s.raw());
            } else if (piece instanceof Start s) {
                if (nested) {
                    out.start("g");
                } else {
                    out.empty("bx").attr("rid", s.id());
                }
                out.attr("id", s.id()).attr("ctype", ctype(s.style()));
                if (s.link() != null) {
                    out.attr("ck", CK, "href", s.link());
                }
            } else if (nested) {
                out.end();
            } else {
                End e = (End) piece;
                out.empty("ex").attr("id", e.id() + "e").attr("rid", e.id());
            }
        }
    }

    static String ctype(Style style) {
        return switch (style) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case LINK -> "link";
        };
    }
}
