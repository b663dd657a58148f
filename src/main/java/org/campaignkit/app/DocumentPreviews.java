package org.campaignkit.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.PageSize;
import org.campaignkit.export.layout.DocumentLayoutBuilder;
import org.campaignkit.export.pdf.PdfDocumentRenderer;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;

/**
 * Writes a document's PDF in memory the way the export does (the same layout builder and PDF
 * renderer, the kit's values, missing translations falling back to the source as with
 * {@code --allow-missing}), so the page a person sees is the page they export. Keeps the kit's
 * files open, like {@link CardPreviews}.
 */
final class DocumentPreviews implements AutoCloseable {
    private final KitFiles files;
    private final BrandFontCache fonts;
    private final PlatformRules platforms = PlatformRules.bundled();
    private final DocumentLayoutBuilder builder = new DocumentLayoutBuilder();
    private final PdfDocumentRenderer renderer = new PdfDocumentRenderer();

    private DocumentPreviews(KitFiles files, BrandFontCache fonts) {
        this.files = files;
        this.fonts = fonts;
    }

    /** Opens the kit's files for previews, or null when they cannot be opened (no previews then). */
    static DocumentPreviews open(Path location, BrandFontCache fonts) {
        try {
            return new DocumentPreviews(KitFiles.open(location), fonts);
        } catch (KitFormatException e) {
            return null;
        }
    }

    /**
     * A document as its PDF: the bytes, how many pages, where each block begins, the keys shown in
     * the source language because the target has no text for them, and the paper.
     */
    record Rendering(String documentId, String language, byte[] pdf, int pages, List<BlockPlace> blocks,
            List<String> fallbackKeys, PageSize page) {
    }

    /** Where a block begins: its page (from 0), and how far down that page, from 0 (top edge) to 1 (bottom edge). */
    record BlockPlace(int page, double down) {
    }

    /** The document in a language, as exported on {@code date}. */
    synchronized Rendering render(Kit kit, String documentId, String language, LocalDate date) throws IOException {
        Document document = kit.document(documentId)
                .orElseThrow(() -> new IOException("The kit has no document \"" + documentId + "\"."));
        ExportOptions options = new ExportOptions(Map.of(), Set.of(DocumentLayoutBuilder.kindOf(document.type())), true,
                date, null, null, ExportOptions.ImageFormat.PNG);
        ExportContext context = new ExportContext(kit, files, fonts.fontsFor(kit, files), platforms, options);
        LocalizedTexts texts = LocalizedTexts.of(kit, language, options.values(), options.allowMissing()).forFile();
        DocumentLayoutBuilder.Located located = builder.locate(context, texts, document);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfDocumentRenderer.PageMap map = renderer.renderLocating(located.layout(), context, pdf);
        PageSize paper = located.layout().page();
        // A block that makes no paragraph at the very end is at the end of the last page.
        List<BlockPlace> blocks = located.blockStarts().stream().map(start -> start < map.paragraphs().size()
                ? new BlockPlace(map.paragraphs().get(start).page(), map.paragraphs().get(start).top() / paper.height())
                : new BlockPlace(map.pageCount() - 1, 1)).toList();
        return new Rendering(documentId, language, pdf.toByteArray(), map.pageCount(), blocks,
                fallbackKeys(kit, document, language), paper);
    }

    /** The document's keys the language has no text for, which the preview shows in the source language. */
    private static List<String> fallbackKeys(Kit kit, Document document, String language) {
        var target = kit.textsOf(language);
        return document.keys().stream().distinct()
                .filter(key -> target.flatMap(t -> t.entry(key)).isEmpty())
                .filter(key -> kit.sourceTexts().entry(key).isPresent())
                .toList();
    }

    @Override
    public void close() {
        files.close();
    }
}
