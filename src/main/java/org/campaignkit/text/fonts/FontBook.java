package org.campaignkit.text.fonts;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.json.JsonCodec;

/**
 * The one place that decides which font draws which character. A font loaded from a file has no
 * fallback of its own (an Arabic font shows Latin as boxes), so text is split into runs, each drawn
 * by the first face that covers it: the kit's brand font for its role, then the bundled faces in
 * order, with the faces of the text's language first where a script has several (Simplified or
 * Traditional Chinese). Every renderer (cards, PDF, DOCX names, the app) asks here.
 */
public final class FontBook {
    private static final String BUNDLED = "/org/campaignkit/fonts/";
    private static volatile FontBook bundled;

    private final List<FontFace> regulars;
    private final Map<String, FontFace> styled;
    private final Map<FontFace, byte[]> bytes;
    private final Map<FontFace, Font> fonts = new ConcurrentHashMap<>();
    private final Map<FontFace, List<String>> preferredFor;
    private final Map<FontRole, FontFace> brand;
    private final java.util.Set<FontFace> dropsNeutrals;

    private FontBook(List<FontFace> regulars, Map<String, FontFace> styled, Map<FontFace, byte[]> bytes,
            Map<FontFace, List<String>> preferredFor, Map<FontRole, FontFace> brand, java.util.Set<FontFace> dropsNeutrals) {
        this.regulars = regulars;
        this.styled = styled;
        this.bytes = bytes;
        this.preferredFor = preferredFor;
        this.brand = brand;
        this.dropsNeutrals = dropsNeutrals;
    }

    /** The fonts shipped with the program (Noto, OFL). Loaded once. */
    public static FontBook bundled() {
        FontBook book = bundled;
        if (book == null) {
            synchronized (FontBook.class) {
                if (bundled == null) {
                    bundled = loadBundled();
                }
                book = bundled;
            }
        }
        return book;
    }

    private static FontBook loadBundled() {
        try (InputStream in = FontBook.class.getResourceAsStream(BUNDLED + "fonts.json")) {
            JsonNode root = new JsonCodec().parse("fonts.json", in.readAllBytes());
            List<FontFace> regulars = new ArrayList<>();
            Map<String, FontFace> styled = new LinkedHashMap<>();
            Map<FontFace, List<String>> preferred = new LinkedHashMap<>();
            Map<FontFace, byte[]> bytes = new ConcurrentHashMap<>();
            java.util.Set<FontFace> dropsNeutrals = new java.util.HashSet<>();
            for (JsonNode f : root.get("faces")) {
                FontFace face = new FontFace(f.get("id").asText(), f.get("family").asText(), f.path("bold").asBoolean(),
                        f.path("italic").asBoolean(), BUNDLED + f.get("file").asText(), false);
                styled.put(key(face.family(), face.bold(), face.italic()), face);
                if (!face.bold() && !face.italic()) {
                    regulars.add(face);
                    List<String> langs = new ArrayList<>();
                    f.path("languages").forEach(l -> langs.add(l.asText().toLowerCase(Locale.ROOT)));
                    preferred.put(face, langs);
                }
                if (!f.path("keepsNeutrals").asBoolean(true)) {
                    dropsNeutrals.add(face);
                }
            }
            return new FontBook(List.copyOf(regulars), styled, bytes, preferred, Map.of(), java.util.Set.copyOf(dropsNeutrals));
        } catch (IOException | KitFormatException e) {
            throw new IllegalStateException("The bundled fonts are missing from the program", e);
        }
    }

    /**
     * This book with a kit's brand fonts put first for their roles. Each entry is the font file's
     * bytes; a file Java cannot read as a font is left out (preflight reports it as bad-font).
     */
    public FontBook withBrandFonts(Map<FontRole, BrandFont> brandFonts) {
        Map<FontRole, FontFace> roles = new LinkedHashMap<>();
        Map<FontFace, byte[]> allBytes = new ConcurrentHashMap<>(bytes);
        Map<String, FontFace> allStyled = new LinkedHashMap<>(styled);
        FontBook result = new FontBook(regulars, allStyled, allBytes, preferredFor, roles, dropsNeutrals);
        brandFonts.forEach((role, font) -> {
            FontFace face = new FontFace("brand-" + role.name().toLowerCase(Locale.ROOT), "", false, false, font.path(), true);
            allBytes.put(face, font.bytes());
            try {
                Font awt = result.font(face);
                FontFace named = new FontFace(face.id(), awt.getFamily(Locale.ROOT), false, false, font.path(), true);
                allBytes.put(named, font.bytes());
                result.fonts.put(named, awt);
                roles.put(role, named);
            } catch (UncheckedIOException e) {
                // Not a usable font: the bundled faces draw this role; preflight names the file.
            } finally {
                allBytes.remove(face);
                result.fonts.remove(face);
            }
        });
        return result;
    }

    /** A brand font file read from a kit. */
    public record BrandFont(String path, byte[] bytes) {
    }

    /** Splits text into runs, each drawn by one face that covers all of it. */
    public List<FontRun> runs(String text, FontRole role, boolean bold, boolean italic, String languageTag) {
        List<FontFace> order = order(role, languageTag);
        List<FontRun> runs = new ArrayList<>();
        FontFace current = null;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            FontFace face = current != null && (attachesToPrevious(cp)
                    || (isNeutral(cp) && !dropsNeutrals.contains(current) && covers(current, cp)))
                    ? current
                    : firstCovering(order, cp, current);
            if (current != null && !face.equals(current)) {
                runs.add(run(text.substring(start, i), current, bold, italic));
                start = i;
            }
            current = face;
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(run(text.substring(start), current, bold, italic));
        }
        return runs;
    }

    /** Characters no face can draw: spaces, controls and joiners are never reported. */
    public Set<Integer> uncovered(String text, String languageTag) {
        List<FontFace> order = order(FontRole.BODY, languageTag);
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !isInvisible(cp)).forEach(cp -> {
            if (order.stream().noneMatch(f -> covers(f, cp))) {
                missing.add(cp);
            }
        });
        return missing;
    }

    /** The AWT font of a face at a size, for Java2D and measuring. */
    public Font awtFont(FontFace face, float size) {
        return font(face).deriveFont(size);
    }

    /** The font file's bytes, for embedding in a PDF. */
    public byte[] fontBytes(FontFace face) {
        return bytes.computeIfAbsent(face, FontBook::readResource);
    }

    /** The family that draws most of a language's letters, for documents that name fonts (DOCX). */
    public String familyFor(String sample, FontRole role, String languageTag) {
        List<FontRun> runs = runs(sample, role, false, false, languageTag);
        return runs.stream().max(java.util.Comparator.comparingInt(r -> r.text().length()))
                .map(r -> r.face().family()).orElse(regulars.get(0).family());
    }

    /** All bundled regular faces in fallback order. */
    public List<FontFace> faces() {
        return regulars;
    }

    private List<FontFace> order(FontRole role, String languageTag) {
        String lang = languageTag == null ? "" : languageTag.toLowerCase(Locale.ROOT);
        List<FontFace> order = new ArrayList<>();
        FontFace brandFace = brand.get(role);
        if (brandFace == null && role == FontRole.HEADING) {
            brandFace = brand.get(FontRole.BODY);
        }
        if (brandFace != null) {
            order.add(brandFace);
        }
        // Faces preferred for the language first, the most specific match first ("zh-hant" before "zh").
        regulars.stream()
                .filter(f -> matchLength(f, lang) > 0)
                .sorted(java.util.Comparator.comparingInt((FontFace f) -> -matchLength(f, lang)))
                .forEach(order::add);
        for (FontFace f : regulars) {
            if (!order.contains(f)) {
                order.add(f);
            }
        }
        return order;
    }

    private int matchLength(FontFace face, String lang) {
        int best = 0;
        for (String p : preferredFor.getOrDefault(face, List.of())) {
            if (lang.equals(p) || lang.startsWith(p + "-")) {
                best = Math.max(best, p.length());
            }
        }
        return best;
    }

    private FontFace firstCovering(List<FontFace> order, int cp, FontFace current) {
        for (FontFace face : order) {
            if (covers(face, cp)) {
                return face;
            }
        }
        // Nothing covers it (preflight reports missing-glyphs); keep the run's font so layout goes on.
        return current != null ? current : order.get(0);
    }

    private boolean covers(FontFace face, int cp) {
        return font(face).canDisplay(cp);
    }

    private FontRun run(String text, FontFace regular, boolean bold, boolean italic) {
        if (regular.brand()) {
            return new FontRun(text, regular, bold, italic);
        }
        FontFace face = styled.get(key(regular.family(), bold, italic));
        if (face != null) {
            return new FontRun(text, face, false, false);
        }
        // A bundled family without an italic is a script that does not slant for emphasis (Arabic,
        // Hebrew, Chinese, Devanagari), so no synthetic slant either; bold is still emboldened.
        FontFace boldOnly = styled.get(key(regular.family(), bold, false));
        if (boldOnly != null) {
            return new FontRun(text, boldOnly, false, false);
        }
        return new FontRun(text, regular, bold, false);
    }

    private Font font(FontFace face) {
        return fonts.computeIfAbsent(face, f -> {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(fontBytes(f)));
            } catch (FontFormatException | IOException e) {
                throw new UncheckedIOException(new IOException(f.source() + " is not a usable font: " + e.getMessage(), e));
            }
        });
    }

    private static byte[] readResource(FontFace face) {
        try (InputStream in = FontBook.class.getResourceAsStream(face.source())) {
            if (in == null) {
                throw new IOException("missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + face.source() + " cannot be read", e);
        }
    }

    /** Marks, joiners and variation selectors belong to the character before them. */
    private static boolean attachesToPrevious(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
    }

    /** Spaces, digits and punctuation stay in the surrounding run when its font has them. */
    private static boolean isNeutral(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT
                || attachesToPrevious(cp) && type != Character.COMBINING_SPACING_MARK && type != Character.NON_SPACING_MARK;
    }

    private static String key(String family, boolean bold, boolean italic) {
        return family + (bold ? "|b" : "|") + (italic ? "i" : "");
    }
}
