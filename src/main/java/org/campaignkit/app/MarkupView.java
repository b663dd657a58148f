package org.campaignkit.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.Run;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.FontRole;
import org.campaignkit.text.fonts.FontRun;

/**
 * A kit text drawn as it reads: bold, italic and links as they will print, and each
 * {@code {{placeholder}}} in its own colour, so a translator sees what must stay. Each run gets
 * the face the FontBook picks for it, because a face loaded from a file has no fallback.
 */
final class MarkupView {
    static final Color PLACEHOLDER = Color.web("#0b5cad");
    static final Color LINK = Color.web("#1b6e34");
    private static final double SIZE = 13;

    private MarkupView() {
    }

    /** The text, wrapped to its width in the language's direction. */
    static WrappedText of(String text, String language) {
        List<WrappedText.Run> runs = new ArrayList<>();
        for (Run run : InlineMarkup.parse(text)) {
            Matcher m = Placeholders.PATTERN.matcher(run.text());
            int at = 0;
            while (m.find()) {
                add(runs, run.text().substring(at, m.start()), run, false, language);
                add(runs, m.group(), run, true, language);
                at = m.end();
            }
            add(runs, run.text().substring(at), run, false, language);
        }
        WrappedText view = new WrappedText();
        view.setLanguage(language);
        view.setRuns(runs);
        view.setAccessibleText(text);
        return view;
    }

    private static void add(List<WrappedText.Run> runs, String piece, Run run, boolean placeholder, String language) {
        if (piece.isEmpty()) {
            return;
        }
        for (FontRun fontRun : FontBook.bundled().runs(piece, FontRole.BODY, run.bold(), run.italic(), language)) {
            Font font = Font.font(fontRun.face().family(), run.bold() || placeholder ? FontWeight.BOLD : FontWeight.NORMAL,
                    run.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, SIZE);
            runs.add(new WrappedText.Run(fontRun.text(), font, placeholder ? PLACEHOLDER : run.link() != null ? LINK : Color.BLACK,
                    !placeholder && run.link() != null));
        }
    }
}
