package org.campaignkit.export;

import java.io.IOException;
import java.util.List;

/** Writes one family of outputs (documents, cards, sheets) for one language into a sink. */
public interface Exporter {
    /** The kinds this exporter writes, so {@code --only} can skip it. */
    java.util.Set<OutputKind> kinds();

    List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException;
}
