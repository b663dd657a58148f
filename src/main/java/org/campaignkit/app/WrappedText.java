package org.campaignkit.app;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.campaignkit.text.Scripts;
import org.campaignkit.text.TextDirection;

/**
 * Text that wraps to its width and reads right in every script. JavaFX 21 garbles right-to-left
 * text that it wraps itself (in a Label, a TextFlow or a Text: the first line shows the end of
 * the paragraph and the rest repeats), so right-to-left text is broken into lines here, at ICU's
 * line-break opportunities, and handed over with the line breaks in it; left-to-right text is
 * left to JavaFX. Tried under Xvfb with the bundled Arabic face: explicit lines draw correctly.
 */
final class WrappedText extends Region {
    /** One stretch of text drawn one way. */
    record Run(String text, Font font, Paint fill, boolean underline) {
    }

    /** Slack so a line measured here never makes JavaFX wrap it again. */
    private static final double SLACK = 6;

    private final StringProperty text = new SimpleStringProperty("");
    private final TextFlow flow = new TextFlow();
    private List<Run> runs = List.of();
    private String language;
    private Font font;
    private Paint fill = Color.BLACK;
    private double laidOutFor = -1;

    WrappedText() {
        getChildren().add(flow);
        setMinWidth(0);
        text.addListener((obs, old, now) -> setRuns(null));
    }

    WrappedText(String initial) {
        this();
        setText(initial);
    }

    StringProperty textProperty() {
        return text;
    }

    void setText(String value) {
        text.set(value == null ? "" : value);
    }

    String getText() {
        return text.get();
    }

    /** The language of the text: its direction, and the face that draws it (a fallback face garbles Arabic). */
    void setLanguage(String tag) {
        language = tag;
        setRuns(null);
    }

    void setFill(Paint paint) {
        fill = paint;
        setRuns(null);
    }

    void setFont(Font newFont) {
        font = newFont;
        setRuns(null);
    }

    /** Shows styled runs instead of the plain text (markup applied), in the language's direction. */
    void setRuns(List<Run> styled) {
        runs = styled != null ? List.copyOf(styled) : List.of(new Run(text.get(), fontFor(text.get()), fill, false));
        setAccessibleText(runs.stream().map(Run::text).reduce("", String::concat));
        laidOutFor = -1;
        requestLayout();
    }

    private Font fontFor(String sample) {
        if (font != null) {
            return font;
        }
        if (language != null) {
            String family = org.campaignkit.text.fonts.FontBook.bundled().familyFor(sample.isBlank() ? "a" : sample,
                    org.campaignkit.text.fonts.FontRole.BODY, language);
            return Font.font(family, 13);
        }
        return Font.font(UiFonts.primary(), 13);
    }

    private boolean rightToLeft() {
        String all = runs.stream().map(Run::text).reduce("", String::concat);
        return Scripts.direction(all, language != null ? language : Ui.locale().toLanguageTag()) == TextDirection.RTL;
    }

    /** Its height depends on its width, as any wrapped text's does: parents must ask with the width. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        double width = 0;
        for (Run run : runs) {
            width += measure(run.text(), run.font());
        }
        return Math.ceil(width) + snappedLeftInset() + snappedRightInset() + SLACK;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
        fill(inner);
        return flow.prefHeight(inner < 0 ? -1 : inner) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        fill(inner);
        flow.resizeRelocate(snappedLeftInset(), snappedTopInset(), inner, flow.prefHeight(inner));
    }

    /** Puts the runs into the flow, with line breaks of our own when the text runs right to left. */
    private void fill(double width) {
        if (width == laidOutFor && !flow.getChildren().isEmpty()) {
            return;
        }
        laidOutFor = width;
        boolean rtl = rightToLeft();
        flow.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        List<Run> marked = rtl ? markLeftToRightLines(runs) : runs;
        List<Run> shown = rtl && width > 0 ? broken(marked, width - SLACK) : marked;
        List<Text> nodes = new ArrayList<>();
        for (Run run : shown) {
            Text node = new Text(run.text());
            node.setFont(run.font());
            node.setFill(run.fill());
            node.setUnderline(run.underline());
            nodes.add(node);
        }
        flow.getChildren().setAll(nodes);
    }

    /**
     * A flow has one direction, but each line of a post takes its own (the hashtag line under an
     * Arabic post runs left to right, as it will be published): such a line starts with a
     * left-to-right mark, so its leading "#" stays with its word.
     */
    static List<Run> markLeftToRightLines(List<Run> runs) {
        String all = runs.stream().map(Run::text).reduce("", String::concat);
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        int lineStart = 0;
        for (int i = 0; i <= all.length(); i++) {
            if (i == all.length() || all.charAt(i) == '\n') {
                if (com.ibm.icu.text.Bidi.getBaseDirection(all.substring(lineStart, i)) == com.ibm.icu.text.Bidi.LTR) {
                    starts.add(lineStart);
                }
                lineStart = i + 1;
            }
        }
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (Run run : runs) {
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++, at++) {
                if (starts.contains(at)) {
                    piece.append('\u200E');
                }
                piece.append(run.text().charAt(i));
            }
            out.add(new Run(piece.toString(), run.font(), run.fill(), run.underline()));
        }
        return out;
    }

    /** The runs with a line feed at each break that keeps every line within {@code width}. */
    static List<Run> broken(List<Run> runs, double width) {
        StringBuilder all = new StringBuilder();
        List<Integer> runOf = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            all.append(runs.get(r).text());
            for (int i = 0; i < runs.get(r).text().length(); i++) {
                runOf.add(r);
            }
        }
        String text = all.toString();
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(text);
        List<Integer> cuts = new ArrayList<>();
        double line = 0;
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            double segment = measure(text, start, end, runs, runOf);
            boolean hard = end > 0 && text.charAt(end - 1) == '\n';
            if (line > 0 && line + measure(text, start, trimmedEnd(text, start, end), runs, runOf) > width) {
                cuts.add(start);
                line = 0;
            }
            line = hard ? 0 : line + segment;
        }
        List<Run> out = new ArrayList<>();
        int at = 0;
        for (int r = 0; r < runs.size(); r++) {
            Run run = runs.get(r);
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++, at++) {
                if (cuts.contains(at)) {
                    trimTrailingSpace(piece);
                    piece.append('\n');
                }
                piece.append(run.text().charAt(i));
            }
            out.add(new Run(piece.toString(), run.font(), run.fill(), run.underline()));
        }
        return out;
    }

    private static int trimmedEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A line ends at its last letter: the space before a break would otherwise start the next line. */
    private static void trimTrailingSpace(StringBuilder piece) {
        if (piece.length() > 0 && piece.charAt(piece.length() - 1) == ' ') {
            piece.setLength(piece.length() - 1);
        }
    }

    private static double measure(String text, int start, int end, List<Run> runs, List<Integer> runOf) {
        double width = 0;
        int i = start;
        while (i < end) {
            int r = runOf.get(i);
            int j = i;
            while (j < end && runOf.get(j) == r) {
                j++;
            }
            width += measure(text.substring(i, j), runs.get(r).font());
            i = j;
        }
        return width;
    }

    private static double measure(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
