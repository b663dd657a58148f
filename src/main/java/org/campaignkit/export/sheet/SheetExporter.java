package org.campaignkit.export.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.Exporter;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.layout.DocumentLayout;

/**
 * Writes a language's messages for people and tools: {@code <lang>/messages.csv} and
 * {@code <lang>/messages.xlsx} (the message sheet), and per platform
 * {@code <lang>/messages-hootsuite-<platform>.csv} (the posting schedule for Hootsuite). The sheet
 * as a PDF or DOCX comes from the document writers, through {@link #layout}.
 */
public final class SheetExporter implements Exporter {
    private static final int MAX_ID_IN_NAME = 64;

    @Override
    public Set<OutputKind> kinds() {
        return EnumSet.of(OutputKind.MESSAGE_SHEET, OutputKind.SCHEDULE);
    }

    @Override
    public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
        MessageSheet sheet = MessageSheet.of(context, texts);
        List<ExportedFile> written = new ArrayList<>();
        if (sheet.rows().isEmpty()) {
            return written;
        }
        ExportOptions options = context.options();
        String folder = sheet.language() + "/";
        if (options.wants(OutputKind.MESSAGE_SHEET)) {
            written.add(write(sink, folder + "messages.csv", meta(OutputKind.MESSAGE_SHEET, sheet, null),
                    MessagesCsv.write(sheet)));
            written.add(write(sink, folder + "messages.xlsx", meta(OutputKind.MESSAGE_SHEET, sheet, null),
                    MessagesXlsx.write(sheet, MessageSheetLayout.page(options, sheet.language()), options.date())));
        }
        if (options.wants(OutputKind.SCHEDULE)) {
            Set<String> names = new HashSet<>();
            for (HootsuiteCsv.Part part : HootsuiteCsv.parts(sheet, options.date())) {
                String name = hootsuiteFileName(part);
                // Two odd platform ids may clean up to the same name; number the later one rather than overwrite.
                for (int n = 2; !names.add(name); n++) {
                    name = hootsuiteFileName(part).replace(".csv", "~" + n + ".csv");
                }
                written.add(write(sink, folder + name, meta(OutputKind.SCHEDULE, sheet, part.platformId()),
                        part.bytes()));
            }
        }
        return written;
    }

    /** The message sheet laid out as a document, for the PDF and DOCX writers ({@code <lang>/messages.pdf}). */
    public static DocumentLayout layout(ExportContext context, LocalizedTexts texts) {
        return MessageSheetLayout.of(MessageSheet.of(context, texts), context);
    }

    /** "messages-hootsuite-x.csv", "messages-hootsuite-x-2.csv" for a second part. */
    static String hootsuiteFileName(HootsuiteCsv.Part part) {
        // Platform ids come from a kit or a person's platform file: keep the name short and to safe characters.
        String id = part.platformId();
        String platform = id.substring(0, Math.min(id.length(), MAX_ID_IN_NAME)).replaceAll("[^A-Za-z0-9_-]", "_");
        return "messages-hootsuite-" + platform + (part.part() > 1 ? "-" + part.part() : "") + ".csv";
    }

    private static ExportSink.Meta meta(OutputKind kind, MessageSheet sheet, String id) {
        return new ExportSink.Meta(kind, sheet.language(), id, sheet.fallback(), null, null);
    }

    private static ExportedFile write(ExportSink sink, String path, ExportSink.Meta meta, byte[] bytes)
            throws IOException {
        return sink.write(path, meta, out -> out.write(bytes));
    }
}
