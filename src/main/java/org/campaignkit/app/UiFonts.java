package org.campaignkit.app;

import java.io.ByteArrayInputStream;
import javafx.scene.Parent;
import javafx.scene.text.Font;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontFace;

/**
 * Makes every script show in every control. JavaFX's own font on Linux draws Chinese as boxes
 * even when Chinese fonts are installed, because its fallback list comes from the system. Loading
 * the bundled fonts makes them the fallback where the system has none, and making the Chinese face
 * the primary family (it carries Latin too) stops the system fallback from hiding it. Tried under
 * Xvfb with and without system fonts: Latin, Arabic, Hebrew and Chinese show in labels, text fields
 * and text areas.
 */
public final class UiFonts {
    /** The primary family of the whole window. */
    public static final String PRIMARY = "Noto Sans CJK SC";
    private static volatile boolean loaded;

    private UiFonts() {
    }

    /** Loads the bundled faces into JavaFX once; safe to call from any thread before the window shows. */
    public static synchronized void load(FontBook fonts) {
        if (loaded) {
            return;
        }
        for (FontFace face : fonts.faces()) {
            Font.loadFont(new ByteArrayInputStream(fonts.fontBytes(face)), 13);
        }
        loaded = true;
    }

    /** Sets the primary family on a window's root, so every control inherits it. */
    public static void apply(Parent root) {
        root.setStyle("-fx-font-family: '" + primary() + "'; -fx-font-size: 13px;");
    }

    /**
     * The Chinese face (it carries Latin too), except for an Arabic interface: JavaFX garbles
     * Arabic drawn through a fallback font, and the Arabic face carries Latin and punctuation.
     */
    static String primary() {
        String language = Ui.locale().getLanguage();
        return "ar".equals(language) ? FontBook.bundled().familyFor("العربية", org.campaignkit.text.fonts.FontRole.BODY, language)
                : PRIMARY;
    }
}
