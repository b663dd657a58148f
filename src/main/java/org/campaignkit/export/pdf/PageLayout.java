package org.campaignkit.export.pdf;

import java.util.ArrayList;
import java.util.List;

/** Lines and decorations placed on pages, in points from the bottom-left corner, before anything is drawn. */
final class PageLayout {
    /** A line at its left x and baseline y. */
    record PlacedLine(Line line, float x, float baseline, TextStyle style) {
    }

    /** A filled bar (the accent rule beside a quote). */
    record Bar(float x, float yBottom, float width, float height) {
    }

    /** One page's content. */
    static final class Page {
        final List<PlacedLine> lines = new ArrayList<>();
        final List<Bar> bars = new ArrayList<>();
    }

    final List<Page> pages = new ArrayList<>();
    /** For each paragraph of the document, where its first line is. */
    final List<PdfDocumentRenderer.Place> paragraphPlaces = new ArrayList<>();

    Page newPage() {
        Page page = new Page();
        pages.add(page);
        return page;
    }
}
