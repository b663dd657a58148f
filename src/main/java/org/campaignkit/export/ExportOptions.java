package org.campaignkit.export;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * How to export: the values the person set, which outputs, the export date (which also fixes
 * every timestamp inside the files, so the same kit, values and date give identical bytes),
 * page size (null: by the language's region), an embargo line (null: "for immediate release"),
 * and whether cards are PNG or JPEG.
 */
public record ExportOptions(Map<String, String> values, Set<OutputKind> only, boolean allowMissing, LocalDate date,
        PageSize pageSize, String embargo, ImageFormat imageFormat) {

    public ExportOptions {
        values = Map.copyOf(values);
        only = Set.copyOf(only);
    }

    /** Cards are PNG unless JPEG is asked for. */
    public enum ImageFormat {
        PNG, JPEG;

        public String extension() {
            return this == PNG ? "png" : "jpg";
        }
    }

    public boolean wants(OutputKind kind) {
        return only.isEmpty() || only.contains(kind);
    }

    public static ExportOptions defaults(LocalDate date) {
        return new ExportOptions(Map.of(), Set.of(), false, date, null, null, ImageFormat.PNG);
    }
}
