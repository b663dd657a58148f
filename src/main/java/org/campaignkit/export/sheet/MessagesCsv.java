package org.campaignkit.export.sheet;

import java.util.Arrays;
import java.util.List;

/**
 * The message sheet as a plain CSV for other tools and spreadsheets: a header row, then one record
 * per message and platform. The header names are fixed English identifiers in every language, so
 * a script or an import mapping made once works for all of them.
 */
public final class MessagesCsv {
    public static final List<String> HEADER = List.of("message_id", "platform", "language", "text", "link", "image",
            "alt_text");

    private MessagesCsv() {
    }

    public static byte[] write(MessageSheet sheet) {
        CsvFile csv = new CsvFile().record(HEADER);
        for (MessageRow row : sheet.rows()) {
            // Arrays.asList, not List.of: link, image and alt text may be absent (null, written empty).
            csv.record(Arrays.asList(row.messageId(), row.platformId(), sheet.language(), row.post(),
                    row.link(), row.cardFile(), row.altText()));
        }
        return csv.bytes();
    }
}
