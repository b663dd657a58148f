package org.campaignkit.export.docx;

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
import org.campaignkit.export.layout.DocumentLayoutBuilder;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.layout.RenderJobs;
import org.campaignkit.kit.Document;

/**
 * Exports the kit's documents (press releases, letters, fact sheets) in one language: each is laid
 * out once, then written by every renderer (DOCX now; the PDF writer plugs in as another
 * renderer) as {@code <lang>/<document-id>.<extension>}.
 */
public final class DocumentExporter implements Exporter {
    private final List<DocumentRenderer> renderers;
    private final DocumentLayoutBuilder builder = new DocumentLayoutBuilder();

    /** Word files only. */
    public DocumentExporter() {
        this(List.of(new DocxWriter()));
    }

    /** One file per document for each renderer, in the order given. */
    public DocumentExporter(List<DocumentRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
    }

    @Override
    public Set<OutputKind> kinds() {
        return EnumSet.of(OutputKind.PRESS_RELEASE, OutputKind.LETTER, OutputKind.DOCUMENT);
    }

    @Override
    public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
        List<RenderJobs.Job> jobs = new ArrayList<>();
        for (Document document : context.kit().documents()) {
            OutputKind kind = DocumentLayoutBuilder.kindOf(document.type());
            if (!context.options().wants(kind)) {
                continue;
            }
            LocalizedTexts fileTexts = texts.forFile();
            DocumentLayout layout = builder.build(context, fileTexts, document);
            ExportSink.Meta meta = new ExportSink.Meta(kind, texts.language(), document.id(), fileTexts.usedFallback(),
                    null, null);
            for (DocumentRenderer renderer : renderers) {
                String path = texts.language() + "/" + document.id() + "." + renderer.extension();
                jobs.add(new RenderJobs.Job(path, meta, renderer, layout));
            }
        }
        return RenderJobs.run(jobs, context, sink);
    }
}
