package org.campaignkit.exchange;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.exchange.Piece.End;
import org.campaignkit.exchange.Piece.Standalone;
import org.campaignkit.exchange.Piece.Start;
import org.campaignkit.exchange.Piece.Style;
import org.campaignkit.exchange.Piece.Text;
import org.campaignkit.kit.Status;
import org.campaignkit.text.Placeholders;

/**
 * Reads XLIFF 2.0 as we write it and as tools write it back: units in groups, several segments,
 * {@code <mrk>}, {@code <sm/>}/{@code <em/>}, {@code <cp/>}, codes with or without equiv attributes
 * or original data, extra namespaces and attributes (ignored).
 */
final class Xliff20Reader {
    private final XmlIn in;
    private final List<ImportedUnit> units = new ArrayList<>();
    /** The end markup of each open {@code <pc>}, read from its start tag (an end tag has no attributes). */
    private final Map<String, String> pendingEquivEnd = new HashMap<>();
    private String sourceLanguage;
    private String targetLanguage;

    private Xliff20Reader(XmlIn in) {
        this.in = in;
    }

    /** The kit status a segment state maps to; a target with no state counts as translated. */
    static Status status(String state) {
        if (state == null) {
            return Status.TRANSLATED;
        }
        return switch (state) {
            case "translated" -> Status.TRANSLATED;
            case "reviewed", "final" -> Status.REVIEWED;
            default -> Status.DRAFT;
        };
    }

    static ImportedFile read(byte[] bytes, String name) throws ExchangeException {
        try (XmlIn in = new XmlIn(bytes, name)) {
            Xliff20Reader reader = new Xliff20Reader(in);
            reader.document();
            return new ImportedFile(name, ExchangeFormat.XLIFF_2_0, reader.sourceLanguage, reader.targetLanguage, reader.units);
        }
    }

    private void document() throws ExchangeException {
        if (in.nextTag() != START_ELEMENT || !in.name().equals("xliff") || !in.namespace().equals(Xliff20Writer.NS)) {
            throw in.problem("this is not an XLIFF 2.0 file (the root is not <xliff> in " + Xliff20Writer.NS + ").");
        }
        sourceLanguage = in.attr("srcLang");
        targetLanguage = in.attr("trgLang");
        int event;
        while ((event = in.nextTag()) != END_DOCUMENT) {
            if (event == START_ELEMENT && in.name().equals("unit") && in.namespace().equals(Xliff20Writer.NS)) {
                if (units.size() >= ExchangeLimits.MAX_UNITS) {
                    throw in.problem("more than " + ExchangeLimits.MAX_UNITS + " units; a kit never has that many strings.");
                }
                unit();
            } else if (event == START_ELEMENT && !isContainer(in.name())) {
                in.skip();
            }
        }
    }

    private static boolean isContainer(String name) {
        return name.equals("file") || name.equals("group");
    }

    private void unit() throws ExchangeException {
        String id = in.attr("name") != null ? in.attr("name") : in.attr("id");
        String where = "line " + in.line() + ", unit \"" + id + "\"";
        Map<String, String> data = new HashMap<>();
        List<Piece> source = new ArrayList<>();
        List<Piece> target = new ArrayList<>();
        boolean hasTarget = false;
        Status status = null;
        int event;
        while ((event = in.nextTag()) != END_ELEMENT || !in.name().equals("unit")) {
            if (event != START_ELEMENT) {
                continue;
            }
            if (in.name().equals("originalData")) {
                originalData(data);
            } else if (in.name().equals("segment") || in.name().equals("ignorable")) {
                boolean ignorable = in.name().equals("ignorable");
                Status segmentStatus = ignorable ? null : status(in.attr("state"));
                boolean[] targetSeen = {false};
                segment(source, target, data, where, targetSeen);
                hasTarget |= targetSeen[0] && !ignorable;
                if (segmentStatus != null && (status == null || segmentStatus.ordinal() < status.ordinal())) {
                    status = segmentStatus;
                }
            } else {
                in.skip();
            }
        }
        String text = hasTarget ? InlineCodes.join(target) : null;
        units.add(new ImportedUnit(id, text == null || text.isEmpty() ? null : text, status, where));
    }

    private void originalData(Map<String, String> data) throws ExchangeException {
        int event;
        while ((event = in.nextTag()) != END_ELEMENT || !in.name().equals("originalData")) {
            if (event == START_ELEMENT) {
                String id = in.attr("id");
                data.put(id, in.textContent());
            }
        }
    }

    /** One segment or ignorable: its source, and its target (the source again for an ignorable without one). */
    private void segment(List<Piece> source, List<Piece> target, Map<String, String> data, String where, boolean[] targetSeen)
            throws ExchangeException {
        String element = in.name();
        List<Piece> mySource = List.of();
        List<Piece> myTarget = null;
        int event;
        while ((event = in.nextTag()) != END_ELEMENT || !in.name().equals(element)) {
            if (event != START_ELEMENT) {
                continue;
            }
            if (in.name().equals("source")) {
                mySource = inline("source", CodeTable.of(List.of()), data, where);
            } else if (in.name().equals("target")) {
                myTarget = inline("target", CodeTable.of(source.isEmpty() ? mySource : concat(source, mySource)), data, where);
            } else {
                in.skip();
            }
        }
        source.addAll(mySource);
        target.addAll(myTarget != null ? myTarget : element.equals("ignorable") ? mySource : List.of());
        targetSeen[0] = myTarget != null;
    }

    private static List<Piece> concat(List<Piece> a, List<Piece> b) {
        List<Piece> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The content of a source or target up to its end tag, as pieces. */
    private List<Piece> inline(String element, CodeTable codes, Map<String, String> data, String where) throws ExchangeException {
        List<Piece> pieces = new ArrayList<>();
        List<Start> open = new ArrayList<>();
        int depth = 0;
        while (true) {
            int event = in.next();
            if (event == CHARACTERS || event == CDATA || event == SPACE) {
                pieces.add(new Text(in.text()));
            } else if (event == START_ELEMENT) {
                depth++;
                switch (in.name()) {
                    case "ph" -> pieces.add(placeholder(codes, data, where));
                    case "pc" -> {
                        Start s = start(in.attr("id"), in.attr("equivStart"), in.attr("dataRefStart"), codes, data, where);
                        String endRaw = first(in.attr("equivEnd"), data.get(in.attr("dataRefEnd")));
                        if (endRaw != null) {
                            pendingEquivEnd.put(s.id(), endRaw);
                        }
                        open.add(s);
                        pieces.add(s);
                    }
                    case "sc" -> pieces.add(start(in.attr("id"), in.attr("equiv"), in.attr("dataRef"), codes, data, where));
                    case "ec" -> pieces.add(end(in.attr("startRef") != null ? in.attr("startRef") : in.attr("id"),
                            in.attr("equiv"), in.attr("dataRef"), codes, data, pieces, where));
                    case "cp" -> pieces.add(new Text(codePoint(in.attr("hex"), where)));
                    default -> {
                        // mrk, sm, em and other annotations: their text is the text, the markers themselves are nothing
                    }
                }
            } else if (event == END_ELEMENT) {
                if (depth == 0) {
                    return pieces;
                }
                depth--;
                if (in.name().equals("pc") && !open.isEmpty()) {
                    Start s = open.remove(open.size() - 1);
                    pieces.add(endOfPc(s, codes, where));
                }
            } else if (event == END_DOCUMENT) {
                throw in.problem("the file ends inside a <" + element + ">.");
            }
        }
    }

    private Piece placeholder(CodeTable codes, Map<String, String> data, String where) throws ExchangeException {
        String id = in.attr("id");
        String raw = first(in.attr("equiv"), data.get(in.attr("dataRef")), codes.standalone(id));
        if (raw == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the code <ph id=\"" + id
                    + "\"> says nothing of what it stands for (no equiv, no data, no such code in the source).");
        }
        return new Standalone(id, raw, Placeholders.PATTERN.matcher(raw).matches());
    }

    private Start start(String id, String equiv, String dataRef, CodeTable codes, Map<String, String> data, String where)
            throws ExchangeException {
        Start known = codes.start(id);
        Style style = styleOf(in.attr("type"), in.attr("subType"), known);
        if (style == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the code <" + in.name() + " id=\"" + id
                    + "\"> is neither bold, italic nor a link, and the source has no such code.");
        }
        String raw = first(equiv, data.get(dataRef), known == null ? null : known.raw(),
                style == Style.LINK ? null : InlineCodes.startRaw(style));
        String link = known != null ? known.link() : null;
        if (style == Style.LINK && link == null) {
            String endRaw = in.attr("equivEnd");
            link = endRaw != null && endRaw.startsWith("](") && endRaw.endsWith(")") ? endRaw.substring(2, endRaw.length() - 1) : null;
        }
        return new Start(id, style, raw == null ? "[" : raw, link);
    }

    private End endOfPc(Start start, CodeTable codes, String where) throws ExchangeException {
        String raw = first(pendingEquivEnd.remove(start.id()), codes.end(start.id()),
                start.style() == Style.LINK ? (start.link() == null ? null : InlineCodes.endRaw(Style.LINK, start.link()))
                        : InlineCodes.endRaw(start.style(), null));
        if (raw == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the link <pc id=\"" + start.id()
                    + "\"> has lost its address; copy the code from the source.");
        }
        return new End(start.id(), start.style(), raw);
    }

    private End end(String id, String equiv, String dataRef, CodeTable codes, Map<String, String> data, List<Piece> pieces,
            String where) throws ExchangeException {
        Style style = null;
        for (Piece p : pieces) {
            if (p instanceof Start s && s.id().equals(id)) {
                style = s.style();
            }
        }
        if (style == null) {
            style = styleOf(in.attr("type"), in.attr("subType"), codes.start(id));
        }
        String raw = first(equiv, data.get(dataRef), codes.end(id), style == null || style == Style.LINK ? null
                : InlineCodes.endRaw(style, null));
        if (raw == null) {
            throw new ExchangeException(in.file() + ", " + where + ": the end code <ec startRef=\"" + id
                    + "\"> says nothing of what it closes.");
        }
        return new End(id, style == null ? Style.BOLD : style, raw);
    }

    private static Style styleOf(String type, String subType, Start known) {
        if ("xlf:b".equals(subType)) {
            return Style.BOLD;
        }
        if ("xlf:i".equals(subType)) {
            return Style.ITALIC;
        }
        if ("link".equals(type)) {
            return Style.LINK;
        }
        return known == null ? null : known.style();
    }

    private String codePoint(String hex, String where) throws ExchangeException {
        try {
            return new String(Character.toChars(Integer.parseInt(hex, 16)));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ExchangeException(in.file() + ", " + where + ": <cp hex=\"" + hex + "\"> is not a character.");
        }
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
