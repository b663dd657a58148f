package org.campaignkit.export.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportListener;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportService;
import org.campaignkit.export.Exporter;
import org.campaignkit.export.KitChecks;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.StandardExporters;
import org.campaignkit.export.card.CardExporter;
import org.campaignkit.export.card.CardImageWriter;
import org.campaignkit.export.card.CardRenderer;
import org.campaignkit.export.card.CardText;
import org.campaignkit.export.card.KitImages;
import org.campaignkit.export.docx.DocumentExporter;
import org.campaignkit.export.docx.DocxWriter;
import org.campaignkit.export.layout.DocumentLayout;
import org.campaignkit.export.layout.DocumentLayoutBuilder;
import org.campaignkit.export.layout.DocumentRenderer;
import org.campaignkit.export.pdf.PdfDocumentRenderer;
import org.campaignkit.export.sheet.MessageSheetDocumentExporter;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;
import org.campaignkit.text.fonts.KitFonts;

/**
 * Measures a full export of a kit (every language, every output) in this cold process, phase by
 * phase, then the warm cost of one document and of one card's sizes beside ImageMagick, and the
 * process's peak memory. It prints figures; it asserts nothing.
 */
public final class ExportBenchmark {
    private static final int WARM_ROUNDS = 3;
    private static final int CARD_SIZES = 6;

    private final PrintWriter out;

    public ExportBenchmark(PrintWriter out) {
        this.out = out;
    }

    public void run(Path kitPath, LocalDate date) throws Exception {
        long jvmToMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long start = System.nanoTime();
        PhaseClock clock = new PhaseClock();
        KitLoad load = clock.time("read kit", () -> new KitReader().read(kitPath));
        Kit kit = load.kit();
        if (kit == null) {
            throw new IOException("The kit cannot be read: " + load.findings());
        }
        Path folder = Files.createTempDirectory("campaign-kit-bench");
        try (KitFiles files = KitFiles.open(kitPath)) {
            FontBook fonts = clock.time("load fonts", () -> loadFonts(kit, files));
            ExportOptions options = ExportOptions.defaults(date);
            var findings = clock.time("checks (preflight, card fit)", () -> KitChecks.run(load, files, fonts,
                    PlatformRules.bundled(), Map.of(), kit.languages()));
            ExportContext context = new ExportContext(kit, files, fonts, PlatformRules.bundled(), options);
            List<Exporter> timed = StandardExporters.all().stream()
                    .map(e -> (Exporter) new TimedExporter(e, clock, phaseOf(e))).toList();
            long exportStart = System.nanoTime();
            var result = new ExportService(timed).export(context, kit.languages(), findings, true, folder, ExportListener.NONE);
            long exportNanos = System.nanoTime() - exportStart;
            long exporters = clock.phases().entrySet().stream().filter(e -> e.getKey().startsWith("export:"))
                    .mapToLong(Map.Entry::getValue).sum();
            clock.add("export: staging, manifest, press packs", exportNanos - exporters);
            long cold = System.nanoTime() - start;
            printCold(kit, jvmToMain, clock, cold, result.files().size(), sizeOf(folder));
            warmDocuments(context);
            cards(context, folder);
        } finally {
            delete(folder);
        }
        out.printf("Peak memory (RSS): %s%n", PeakMemory.peakRssBytes().stream()
                .mapToObj(b -> (b >> 20) + " MB").findFirst().orElse("not measured on this system"));
        out.flush();
    }

    private static FontBook loadFonts(Kit kit, KitFiles files) {
        FontBook fonts = KitFonts.forKit(kit, files);
        fonts.faces().forEach(f -> fonts.awtFont(f, 12));
        return fonts;
    }

    private static String phaseOf(Exporter e) {
        if (e instanceof DocumentExporter) {
            return "export: documents (PDF, DOCX)";
        }
        if (e instanceof CardExporter) {
            return "export: cards (render, encode), alt text";
        }
        if (e instanceof MessageSheetDocumentExporter) {
            return "export: message sheets (PDF, DOCX)";
        }
        return "export: sheets (CSV, XLSX, Hootsuite)";
    }

    private void printCold(Kit kit, long jvmToMain, PhaseClock clock, long cold, int files, long bytes) {
        out.printf("Cold export of %s: %d languages, every output, press packs%n", kit.id(), kit.languages().size());
        out.printf("  JVM options: %s; %d cores%n", ManagementFactory.getRuntimeMXBean().getInputArguments().isEmpty() ? "(defaults)"
                : String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()),
                Runtime.getRuntime().availableProcessors());
        out.printf("  %-44s %8d ms%n", "JVM start to main", jvmToMain);
        clock.phases().forEach((phase, nanos) -> out.printf("  %-44s %8d ms%n", phase, nanos / 1_000_000));
        out.printf("  %-44s %8d ms  (%d files, %d MB)%n", "total, main to done", cold / 1_000_000, files, bytes >> 20);
        out.printf("  %-44s %8d ms%n", "total, process start to done", jvmToMain + cold / 1_000_000);
    }

    private void warmDocuments(ExportContext context) throws IOException {
        DocumentLayoutBuilder builder = new DocumentLayoutBuilder();
        List<DocumentRenderer> renderers = List.of(new PdfDocumentRenderer(), new DocxWriter());
        long[] nanos = new long[renderers.size()];
        int documents = 0;
        for (int round = 0; round <= WARM_ROUNDS; round++) {
            for (String language : context.kit().languages()) {
                LocalizedTexts texts = LocalizedTexts.of(context.kit(), language, Map.of(), false);
                for (Document document : context.kit().documents()) {
                    for (int r = 0; r < renderers.size(); r++) {
                        long t = System.nanoTime();
                        DocumentLayout layout = builder.build(context, texts, document);
                        renderers.get(r).render(layout, context, new ByteArrayOutputStream());
                        if (round > 0) {
                            nanos[r] += System.nanoTime() - t;
                        }
                    }
                    if (round > 0) {
                        documents++;
                    }
                }
            }
        }
        out.printf("Warm, per document (layout and render, mean of %d):%n", documents);
        for (int r = 0; r < renderers.size(); r++) {
            out.printf("  %-44s %8.1f ms%n", renderers.get(r).extension().toUpperCase(java.util.Locale.ROOT),
                    nanos[r] / 1e6 / documents);
        }
    }

    private void cards(ExportContext context, Path folder) throws Exception {
        Card card = context.kit().cards().stream().filter(c -> !c.hasColorBackground(context.kit().brand())).findFirst()
                .orElse(null);
        if (card == null) {
            out.println("Cards: the kit has no card with a background image to compare.");
            return;
        }
        List<CardSize> sizes = card.sizes().subList(0, Math.min(CARD_SIZES, card.sizes().size()));
        String language = context.kit().sourceLanguage();
        String headline = LocalizedTexts.of(context.kit(), language, Map.of(), true).text(card.headlineKey());
        KitImages images = new KitImages(context.files());
        var background = images.background(card.background());
        var logo = context.kit().brand().logo() == null ? null : images.logo(context.kit().brand().logo());
        CardRenderer renderer = new CardRenderer(context.fonts(), context.kit().brand());
        long best = Long.MAX_VALUE;
        for (int round = 0; round <= WARM_ROUNDS; round++) {
            long t = System.nanoTime();
            for (CardSize size : sizes) {
                var image = renderer.render(card, size, new CardText(headline, null), language, background, logo).image();
                CardImageWriter.encode(image, ExportOptions.ImageFormat.PNG);
            }
            if (round > 0) {
                best = Math.min(best, System.nanoTime() - t);
            }
        }
        out.printf("Cards: \"%s\" at %d sizes, warm, one thread: %d ms%n", card.id(), sizes.size(), best / 1_000_000);
        var magick = ImageMagickRun.find();
        if (magick.isEmpty()) {
            out.println("  ImageMagick: not installed here, so not compared (apt-get install imagemagick)");
            return;
        }
        Path backgroundFile = folder.resolve("bench-background");
        Files.write(backgroundFile, context.files().read(card.background(), Long.MAX_VALUE));
        Path font = folder.resolve("bench-font.ttf");
        Files.write(font, context.fonts().fontBytes(context.fonts().runs(headline,
                org.campaignkit.text.fonts.FontRole.HEADING, true, false, language).get(0).face()));
        long im = magick.get().cards(backgroundFile, font, headline, sizes, folder);
        out.printf("  ImageMagick, same sizes, caption: auto-fit:  %d ms  (ours = %.2f x ImageMagick's time)%n",
                im / 1_000_000, (double) best / im);
    }

    private static long sizeOf(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
