package org.campaignkit.app;

import java.util.regex.Matcher;
import javafx.geometry.NodeOrientation;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.campaignkit.text.InlineMarkup;
import org.campaignkit.text.Placeholders;
import org.campaignkit.text.Run;
import org.campaignkit.text.Scripts;
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

    /** The text in a flow, laid out in the language's direction. */
    static TextFlow of(String text, String language) {
        TextFlow flow = new TextFlow();
        flow.setNodeOrientation(language != null && Scripts.isRightToLeft(language)
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        for (Run run : InlineMarkup.parse(text)) {
            Matcher m = Placeholders.PATTERN.matcher(run.text());
            int at = 0;
            while (m.find()) {
                add(flow, run.text().substring(at, m.start()), run, false, language);
                add(flow, m.group(), run, true, language);
                at = m.end();
            }
            add(flow, run.text().substring(at), run, false, language);
        }
        flow.setAccessibleText(text);
        return flow;
    }

    private static void add(TextFlow flow, String piece, Run run, boolean placeholder, String language) {
        if (piece.isEmpty()) {
            return;
        }
        for (FontRun fontRun : FontBook.bundled().runs(piece, FontRole.BODY, run.bold(), run.italic(), language)) {
            Text node = new Text(fontRun.text());
            node.setFont(Font.font(fontRun.face().family(), run.bold() || placeholder ? FontWeight.BOLD : FontWeight.NORMAL,
                    run.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, SIZE));
            if (placeholder) {
                node.setFill(PLACEHOLDER);
                node.getStyleClass().add("placeholder");
            } else if (run.link() != null) {
                node.setFill(LINK);
                node.setUnderline(true);
            }
            flow.getChildren().add(node);
        }
    }
}
