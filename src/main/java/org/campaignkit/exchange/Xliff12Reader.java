package org.campaignkit.exchange;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;
import org.campaignkit.exchange.Piece.Text;
import org.campaignkit.kit.Status;
import org.campaignkit.text.Placeholders;

/**
 * Reads XLIFF 1.2 as we write it and as OmegaT, Okapi (Rainbow, Tikal) and Crowdin write it:
 * resname or id, {@code approved}, {@code <alt-trans>} and notes (skipped), {@code <seg-source>}
 * and {@code <mrk>} segments, and every inline code form: {@code <g>}, {@code <x/>}, {@code <bx/>},
 * {@code <ex/>}, and {@code <ph>}, {@code <bpt>}, {@code <ept>}, {@code <it>} holding native markup.
 */
final class Xliff12Reader {
    private final XmlIn in;
    private final List<ImportedUnit> units = new ArrayList<>();
    private String sourceLanguage;
    private String targetLanguage;

    private Xliff12Reader(XmlIn in) {
        this.in = in;
    }

    /** The kit status of a target state; {@code approved="yes"} on the unit makes a translation reviewed. */
    static Status status(String state, boolean approved) {
        if (state == null || state.equals("translated")) {
            return approved ? Status.REVIEWED : Status.TRANSLATED;
        }
        return switch (state) {
            case "signed-off", "final" -> Status.REVIEWED;
            default -> Status.DRAFT;
        };
    }

    static ImportedFile read(byte[] bytes, String name) throws ExchangeException {
        try (XmlIn in = new XmlIn(bytes, name)) {
            Xliff12Reader reader = new Xliff12Reader(in);
            reader.document();
            return new ImportedFile(name, ExchangeFormat.XLIFF_1_2, reader.sourceLanguage, reader.targetLanguage, reader.units);
        }
    }

    private void document() throws ExchangeException {
        if (in.nextTag() != START_ELEMENT || !in.name().equals("xliff")) {
            throw in.problem("this is not an XLIFF 1.2 file (the root is not <xliff>).");
        }
        int event;
        while ((event = in.nextTag()) != END_DOCUMENT) {
            if (event != START_ELEMENT) {
                continue;
            }
            switch (in.name()) {
                case "file" -> file();
                case "body", "group" -> {
                    // containers: read on into them
                }
                case "trans-unit" -> {
                    if (units.size() >= ExchangeLimits.MAX_UNITS) {
                        throw in.problem("more than " + ExchangeLimits.MAX_UNITS + " units; a kit never has that many strings.");
                    }
                    unit();
                }
                default -> in.skip();
            }
        }
    }

    private void file() throws ExchangeException {
        String src = in.attr("source-language");
        String trg = in.attr("target-language");
        if (targetLanguage != null && trg != null && !trg.equals(targetLanguage)) {
            throw in.problem("the file holds two target languages, \"" + targetLanguage + "\" and \"" + trg
                    + "\"; import one language at a time.");
        }
        sourceLanguage = sourceLanguage != null ? sourceLanguage : src;
        targetLanguage = targetLanguage != null ? targetLanguage : trg;
    }

    private void unit() throws ExchangeException {
        String id = in.attr("resname") != null ? in.attr("resname") : in.attr("id");
        boolean approved = "yes".equals(in.attr("approved"));
        String where = "line " + in.line() + ", trans-unit \"" + id + "\"";
        CodeTable codes = CodeTable.of(List.of());
        String target = null;
        String state = null;
        boolean hasTarget = false;
        int event;
        while ((event = in.nextTag()) != END_ELEMENT || !in.name().equals("trans-unit")) {
            if (event != START_ELEMENT) {
                continue;
            }
            if (in.name().equals("source")) {
                codes = CodeTable.of(inline(CodeTable.of(List.of()), where));
            } else if (in.name().equals("target")) {
                state = in.attr("state");
                target = InlineCodes.join(inline(codes, where));
                hasTarget = true;
            } else {
                in.skip(); // seg-source, alt-trans, note, context-group, extensions
            }
        }
        boolean empty = !hasTarget || target.isEmpty();
        units.add(new ImportedUnit(id, empty ? null : target, status(state, approved), where));
    }

    /** The content of a source or target up to its end tag, as pieces. */
    private List<Piece> inline(CodeTable codes, String where) throws ExchangeException {
        List<Piece> pieces = new ArrayList<>();
        List<Start> openG = new ArrayList<>();
        List<Boolean> isG = new ArrayList<>();
        while (true) {
            int event = in.next();
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                pieces.add(new Text(in.text()));
            } else if (event == START_ELEMENT) {
                boolean g = in.name().equals("g");
                isG.add(g);
                switch (in.name()) {
                    case "g" -> {
                        Start s = start(in.attr("id"), in.attr("ctype"), href(), null, codes, where);
                        openG.add(s);
                        pieces.add(s);
                    }
                    case "x" -> pieces.add(standalone(in.attr("id"), in.attr("equiv-text"), codes, where));
                    case "bx" -> pieces.add(start(pairId(), in.attr("ctype"), href(), null, codes, where));
                    case "ex" -> pieces.add(end(pairId(), null, pieces, codes, where));
                    case "ph", "it" -> {
                        String id = in.attr("id");
                        pieces.add(standalone(id, in.textContent(), codes, where));
                        isG.remove(isG.size() - 1);
                    }
                    case "bpt" -> {
                        String id = pairId();
                        String ctype = in.attr("ctype");
                        String href = href();
                        pieces.add(start(id, ctype, href, in.textContent(), codes, where));
                        isG.remove(isG.size() - 1);
                    }
                    case "ept" -> {
                        String id = pairId();
                        pieces.add(end(id, in.textContent(), pieces, codes, where));
                        isG.remove(isG.size() - 1);
                    }
                    default -> {
                        // mrk and other annotations: their text is the text
                    }
                }
            } else if (event == END_ELEMENT) {
                if (isG.isEmpty()) {
                    return pieces;
                }
                if (isG.remove(isG.size() - 1) && !openG.isEmpty()) {
                    Start s = openG.remove(openG.size() - 1);
                    pieces.add(end(s.id(), null, pieces, codes, where));
                }
            } else if (event == END_DOCUMENT) {
                throw in.problem("the file ends inside a unit.");
            }
        }
    }

    private String pairId() {
        return in.attr("rid") != null ? in.attr("rid") : in.attr("id");
    }

    private Standalone standalone(String id, String equiv, CodeTable codes, String where) throws ExchangeException {
        String raw = equiv != null && !equiv.isEmpty() ? equiv : codes.standalone(id);
        if (raw == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the code <" + in.name() + " id=\"" + id
                    + "\"> says nothing of what it stands for, and the source has no such code.");
        }
        return new Standalone(id, raw, Placeholders.PATTERN.matcher(raw).matches());
    }

    /** A start code: its markup from native content ({@code <bpt>}), from ctype, or from the source's code. */
    private String href() {
        return in.attr(Xliff12Writer.CK, "href");
    }

    private Start start(String id, String ctype, String href, String nativeRaw, CodeTable codes, String where)
            throws ExchangeException {
        Start known = codes.start(id);
        Style style = styleOf(ctype, nativeRaw);
        if (style == null) {
            style = known != null ? known.style() : null;
        }
        if (style == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the code \"" + id
                    + "\" is neither bold, italic nor a link, and the source has no such code.");
        }
        String link = href != null ? href : known != null ? known.link() : null;
        String raw = nativeRaw != null ? nativeRaw : known != null ? known.raw() : InlineCodes.startRaw(style);
        return new Start(id, style, raw, link);
    }

    private End end(String id, String nativeRaw, List<Piece> pieces, CodeTable codes, String where) throws ExchangeException {
        Start start = null;
        for (Piece p : pieces) {
            if (p instanceof Start s && s.id().equals(id)) {
                start = s;
            }
        }
        Style style = start != null ? start.style() : codes.style(id);
        String raw = nativeRaw != null ? nativeRaw : codes.end(id);
        if (raw == null && style != null && (style != Style.LINK || start != null && start.link() != null)) {
            raw = InlineCodes.endRaw(style, start == null ? null : start.link());
        }
        if (raw == null || style == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the end code \"" + id
                    + "\" closes nothing known (is its start code or the link address missing?).");
        }
        return new End(id, style, raw);
    }

    private static Style styleOf(String ctype, String nativeRaw) {
        if (ctype != null) {
            switch (ctype) {
                case "bold", "x-bold" -> {
                    return Style.BOLD;
                }
                case "italic", "x-italic" -> {
                    return Style.ITALIC;
                }
                case "link", "x-link" -> {
                    return Style.LINK;
                }
                default -> {
                    // other ctypes say nothing we can use; the native markup or the source decides
                }
            }
        }
        if ("**".equals(nativeRaw)) {
            return Style.BOLD;
        }
        if ("_".equals(nativeRaw)) {
            return Style.ITALIC;
        }
        return "[".equals(nativeRaw) ? Style.LINK : null;
    }
}
