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
 * Writes XLIFF 2.0: one unit per string key with notes (context, translator note, limit, previous
 * source), the Size and Length Restriction module where a platform limit applies, the glossary
 * module for terms the source contains, and placeholders and markup as codes a CAT tool protects.
 */
final class Xliff20Writer {
    static final String NS = "urn:oasis:names:tc:xliff:document:2.0";
    static final String SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
    static final String GLS = "urn:oasis:names:tc:xliff:glossary:2.0";
    /** The subState a stale unit carries next to state="initial", so tools show it as to be reviewed. */
    static final String STALE_SUBSTATE = "campaignkit:source-changed";

    private Xliff20Writer() {
    }

    /** The segment state a unit state is written as. */
    static String stateWord(UnitState state) {
        return switch (state) {
            case UNTRANSLATED, DRAFT, STALE -> "initial";
            case TRANSLATED -> "translated";
            case REVIEWED -> "reviewed";
        };
    }

    static void write(ExchangeDocument doc, OutputStream stream) throws XMLStreamException {
        boolean limits = doc.units().stream().anyMatch(u -> u.limit() != null);
        boolean glossary = doc.units().stream().anyMatch(u -> !u.glossary().isEmpty());
        try (XmlOut out = new XmlOut(stream)) {
            out.indent(0).start("xliff").namespace("", NS);
            if (limits) {
                out.namespace("slr", SLR);
            }
            if (glossary) {
                out.namespace("gls", GLS);
            }
            out.attr("version", "2.0").attr("srcLang", doc.sourceLanguage()).attr("trgLang", doc.targetLanguage());
            out.indent(1).start("file").attr("id", "f1").attr("original", doc.kitId() + " " + doc.kitVersion());
            if (limits) {
                out.indent(2).start("slr", "profiles", SLR).attr("generalProfile", "xliff:codepoints")
                        .attr("storageProfile", "xliff:utf8").end();
            }
            out.indent(2).start("notes").indent(3).start("note").attr("category", "about")
                    .text(ExchangeNotes.about(doc)).end().indent(2).end();
            for (ExchangeUnit unit : doc.units()) {
                out.at(unit.key());
                unit(out, unit);
            }
            out.indent(1).end().indent(0).end();
        }
    }

    private static void unit(XmlOut out, ExchangeUnit unit) throws XMLStreamException {
        out.indent(2).start("unit").attr("id", unit.key()).attr("name", unit.key());
        if (unit.limit() != null) {
            out.attr("slr", SLR, "sizeRestriction", String.valueOf(unit.limit().characters()));
        }
        if (!unit.glossary().isEmpty()) {
            glossary(out, unit.glossary());
        }
        out.indent(3).start("notes");
        for (ExchangeNotes.Note note : ExchangeNotes.of(unit)) {
            out.indent(4).start("note").attr("category", note.category()).text(note.text()).end();
        }
        out.indent(3).end();
        out.indent(3).start("segment").attr("state", stateWord(unit.state()));
        if (unit.state() == UnitState.STALE) {
            out.attr("subState", STALE_SUBSTATE);
        }
        out.indent(4).start("source").attr("xml", XMLConstants.XML_NS_URI, "space", "preserve");
        List<Piece> source = InlineCodes.split(unit.source());
        inline(out, source);
        out.end();
        if (unit.target() != null) {
            out.indent(4).start("target").attr("xml", XMLConstants.XML_NS_URI, "space", "preserve");
            inline(out, InlineCodes.splitLike(unit.target(), source));
            out.end();
        }
        out.indent(3).end().indent(2).end();
    }

    private static void glossary(XmlOut out, List<GlossaryMatch> matches) throws XMLStreamException {
        out.indent(3).start("gls", "glossary", GLS);
        for (GlossaryMatch m : matches) {
            out.indent(4).start("gls", "glossEntry", GLS);
            out.start("gls", "term", GLS).attr("source", "campaign-kit glossary").text(m.term()).end();
            String translation = m.doNotTranslate() ? m.term() : m.translation();
            if (translation != null) {
                out.start("gls", "translation", GLS).text(translation).end();
            }
            String definition = ExchangeNotes.glossaryDefinition(m);
            if (definition != null) {
                out.start("gls", "definition", GLS).text(definition).end();
            }
            out.end();
        }
        out.indent(3).end();
    }

    /** Codes nest as {@code <pc>} when they can; bold and italic that overlap become {@code <sc>}/{@code <ec>}. */
    private static void inline(XmlOut out, List<Piece> pieces) throws XMLStreamException {
        boolean nested = InlineCodes.isNested(pieces);
        for (Piece piece : pieces) {
            if (piece instanceof Text t) {
                out.text(t.text());
            } else if (piece instanceof Standalone s) {
                out.empty("ph").attr("id", s.id());
                if (s.placeholder()) {
                    out.attr("type", "ui").attr("subType", "xlf:var");
                } else {
                    out.attr("type", "fmt");
                }
                out.attr("equiv", s.raw()).attr("disp", s.raw());
            } else if (piece instanceof Start s && nested) {
                out.start("pc").attr("id", s.id());
                style(out, s.style());
                out.attr("equivStart", s.raw()).attr("equivEnd", InlineCodes.endRaw(s.style(), s.link()));
                if (s.link() != null) {
                    out.attr("dispEnd", s.link());
                }
            } else if (piece instanceof Start s) {
                out.empty("sc").attr("id", s.id());
                style(out, s.style());
                out.attr("equiv", s.raw());
            } else if (nested) {
                out.end();
            } else {
                End e = (End) piece;
                out.empty("ec").attr("startRef", e.id());
                style(out, e.style());
                out.attr("equiv", e.raw());
            }
        }
    }

    private static void style(XmlOut out, Style style) throws XMLStreamException {
        switch (style) {
            case BOLD -> out.attr("type", "fmt").attr("subType", "xlf:b");
            case ITALIC -> out.attr("type", "fmt").attr("subType", "xlf:i");
            case LINK -> out.attr("type", "link");
        }
    }
}
