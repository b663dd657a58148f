package org.campaignkit.export.sheet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.Exporter;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.layout.RenderJobs;

/** The message sheet as documents people print or share: {@code <lang>/messages.pdf} and {@code .docx}. */
public final class MessageSheetDocumentExporter implements Exporter {
    private final List<DocumentRenderer> renderers;

    public MessageSheetDocumentExporter(List<DocumentRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    @Override
    public Set<OutputKind> kinds() {
        return EnumSet.of(OutputKind.MESSAGE_SHEET);
    }

    @Override
    public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
        if (context.kit().messages().isEmpty()) {
            return List.of();
        }
        LocalizedTexts fileTexts = texts.forFile();
        DocumentLayout layout = SheetExporter.layout(context, fileTexts);
        ExportSink.Meta meta = new ExportSink.Meta(OutputKind.MESSAGE_SHEET, texts.language(), null,
                fileTexts.usedFallback(), null, null);
        List<RenderJobs.Job> jobs = new ArrayList<>();
        for (DocumentRenderer renderer : renderers) {
            jobs.add(new RenderJobs.Job(texts.language() + "/messages." + renderer.extension(), meta, renderer, layout));
        }
        return RenderJobs.run(jobs, context, sink);
    }
}
