package org.campaignkit.export.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontFace;

/**
 * The PDF fonts of one document: each FontBook face embedded as a subset (Identity-H, so any
 * glyph can be placed). One instance per document, because a font object records which glyphs
 * that document used.
 */
final class PdfFonts {
    private final FontBook fonts;
    private final Map<FontFace, BaseFont> cache = new HashMap<>();

    PdfFonts(FontBook fonts) {
        this.fonts = fonts;
    }

    BaseFont of(FontFace face) {
        return cache.computeIfAbsent(face, this::create);
    }

    private BaseFont create(FontFace face) {
        try {
            String name = face.id() + (face.source().toLowerCase(java.util.Locale.ROOT).endsWith(".otf") ? ".otf" : ".ttf");
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    fonts.fontBytes(face), null);
            font.setSubset(true);
            // The subset prefix ("ABCDEF+") is random by default; seeding it from the face keeps
            // the same document byte-identical from one export to the next.
            font.setSecureRandom(seeded(face.id()));
            return font;
        } catch (com.lowagie.text.DocumentException | IOException e) {
            throw new UncheckedIOException(new IOException("The font " + face.source() + " cannot be embedded in a PDF", e));
        }
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is part of every Java runtime", e);
        }
    }
}
