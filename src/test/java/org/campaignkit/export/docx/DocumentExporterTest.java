package org.campaignkit.export.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.MissingTranslationException;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.testing.ExportFixture;
import org.campaignkit.testing.MemorySink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocumentExporterTest {
    private final ExportFixture bundled = ExportFixture.bundled();

    @AfterEach
    void close() {
        bundled.close();
    }

    private static ExportOptions options(boolean allowMissing, Set<OutputKind> only) {
        return new ExportOptions(Map.of(), only, allowMissing, ExportFixture.DATE, null, null, ExportOptions.ImageFormat.PNG);
    }

    @Test
    void writesEachDocumentOfALanguageAsWord() throws Exception {
        MemorySink sink = new MemorySink();
        List<ExportedFile> files = new DocumentExporter().export(bundled.context(), bundled.texts("es"), sink);
        assertThat(files).extracting(ExportedFile::path)
                .containsExactly("es/press-release.docx", "es/letter.docx", "es/fact-sheet.docx");
        assertThat(files).extracting(ExportedFile::kind)
                .containsExactly(OutputKind.PRESS_RELEASE, OutputKind.LETTER, OutputKind.DOCUMENT);
        assertThat(files).allSatisfy(f -> {
            assertThat(f.language()).isEqualTo("es");
            assertThat(f.format()).isEqualTo("docx");
            assertThat(f.fallback()).isFalse();
        });
        assertThat(files).extracting(ExportedFile::id).containsExactly("press-release", "letter", "fact-sheet");
        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(sink.bytes("es/letter.docx")))) {
            assertThat(letter.getParagraphs().get(0).getText()).startsWith("Example Coalition");
        }
        assertThat(new DocumentExporter().kinds())
                .containsExactlyInAnyOrder(OutputKind.PRESS_RELEASE, OutputKind.LETTER, OutputKind.DOCUMENT);
    }

    @Test
    void writesOnlyTheKindsAskedFor() throws Exception {
        ExportOptions lettersOnly = options(false, Set.of(OutputKind.LETTER, OutputKind.CARD));
        MemorySink sink = new MemorySink();
        new DocumentExporter().export(bundled.context(lettersOnly), bundled.texts("en", lettersOnly), sink);
        assertThat(sink.files()).containsOnlyKeys("en/letter.docx");
    }

    @Test
    void aFileThatUsedSourceTextSaysSo() throws Exception {
        try (ExportFixture fixture = bundled.withKit(ExportFixture.withoutEntry("ar", "press.headline"))) {
            ExportOptions allow = options(true, Set.of());
            MemorySink sink = new MemorySink();
            List<ExportedFile> files = new DocumentExporter().export(fixture.context(allow), fixture.texts("ar", allow), sink);
            assertThat(files).filteredOn(ExportedFile::fallback).extracting(ExportedFile::path)
                    .containsExactly("ar/press-release.docx");
            try (XWPFDocument release = new XWPFDocument(new ByteArrayInputStream(sink.bytes("ar/press-release.docx")))) {
                assertThat(release.getParagraphs().get(1).getText())
                        .isEqualTo("Civil society urges states not to adopt a cybercrime treaty that endangers human rights");
            }
        }
    }

    @Test
    void aMissingTranslationStopsTheExportUnlessAllowed() {
        try (ExportFixture fixture = bundled.withKit(ExportFixture.withoutEntry("zh-Hans", "letter.closing"))) {
            ExportOptions strict = options(false, Set.of());
            MemorySink sink = new MemorySink();
            assertThatThrownBy(() -> new DocumentExporter().export(fixture.context(strict), fixture.texts("zh-Hans", strict), sink))
                    .isInstanceOf(MissingTranslationException.class)
                    .hasMessageContaining("letter.closing").hasMessageContaining("zh-Hans");
        }
    }

    /** A stand-in for the PDF writer: it records what it was given and writes the layout's title. */
    private static final class RecordingRenderer implements DocumentRenderer {
        final List<DocumentLayout> layouts = new ArrayList<>();

        @Override
        public String extension() {
            return "txt";
        }

        @Override
        public void render(DocumentLayout layout, ExportContext context, OutputStream out) throws IOException {
            layouts.add(layout);
            out.write(layout.title().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyRendererWritesTheSameLayout() throws Exception {
        RecordingRenderer other = new RecordingRenderer();
        MemorySink sink = new MemorySink();
        List<ExportedFile> files = new DocumentExporter(List.of(new DocxWriter(), other))
                .export(bundled.context(), bundled.texts("fr"), sink);
        assertThat(files).extracting(ExportedFile::path).containsExactly("fr/press-release.docx", "fr/press-release.txt",
                "fr/letter.docx", "fr/letter.txt", "fr/fact-sheet.docx", "fr/fact-sheet.txt");
        assertThat(other.layouts).extracting(DocumentLayout::id).containsExactly("press-release", "letter", "fact-sheet");
        assertThat(new String(sink.bytes("fr/fact-sheet.txt"), StandardCharsets.UTF_8))
                .isEqualTo(bundled.kit().textsOf("fr").orElseThrow().text("facts.title").orElseThrow());
    }
}
