package org.campaignkit.export.layout;

import java.io.IOException;
import java.io.OutputStream;
import org.campaignkit.export.ExportContext;

/**
 * Writes a laid-out document in one file format (DOCX, PDF). It only renders: every word, style,
 * direction and colour is already in the layout; the context gives the kit's files (the logo) and
 * the font book.
 */
public interface DocumentRenderer {
    /** The file name ending, without the dot: "docx", "pdf". */
    String extension();

    void render(DocumentLayout layout, ExportContext context, OutputStream out) throws IOException;
}
