package org.campaignkit.export.layout;

import org.campaignkit.export.ExportOptions;
import org.campaignkit.text.TextDirection;
import org.campaignkit.text.ValueFormatter;

/** What a press release adds around its blocks: the release line on top and the "###" end mark. */
final class PressReleaseParts {
    private static final String END_MARK = "###";

    private final Conventions conventions;
    private final String language;

    PressReleaseParts(Conventions conventions, String language) {
        this.conventions = conventions;
        this.language = language;
    }

    /** "FOR IMMEDIATE RELEASE", or "EMBARGOED UNTIL ..." with an ISO date written the language's way. */
    Paragraph releaseLine(ExportOptions options) {
        String embargo = options.embargo() == null ? "" : options.embargo().strip();
        if (embargo.isEmpty()) {
            String line = conventions.immediateRelease();
            return ParagraphMaker.plain(ParagraphStyle.RELEASE_LINE, line, KitText.directionOf(line, language),
                    Alignment.START);
        }
        String when = ValueFormatter.parseDate(embargo).map(d -> ValueFormatter.formatDate(d, language)).orElse(embargo);
        TextDirection direction = KitText.directionOf(conventions.embargoedUntil(""), language);
        return ParagraphMaker.plain(ParagraphStyle.RELEASE_LINE,
                conventions.embargoedUntil(KitText.isolate(when, direction)), direction, Alignment.START);
    }

    Paragraph endMark() {
        return ParagraphMaker.plain(ParagraphStyle.END_MARK, END_MARK, KitText.directionOf("", language),
                Alignment.CENTER);
    }
}
