package org.campaignkit.export;

import java.util.ArrayList;
import java.util.List;
import org.campaignkit.text.fonts.FontBook;

/** The exporters a full export runs, in the order their files are written. */
public final class StandardExporters {
    private StandardExporters() {
    }

    public static List<Exporter> all(FontBook fonts) {
        List<Exporter> exporters = new ArrayList<>();
        exporters.add(new org.campaignkit.export.sheet.SheetExporter());
        return exporters;
    }
}
