package org.campaignkit.export.card;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions.ImageFormat;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.Exporter;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.OrderedParallel;
import org.campaignkit.export.OutputKind;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.CardSize;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.InlineMarkup;

/**
 * Writes a language's image cards, every card at every size it asks for, as
 * {@code <lang>/cards/<card>-<size>.png} (or .jpg), and {@code <lang>/cards/alt-text.txt} with
 * their descriptions. Cards are drawn and encoded on a few threads and written in kit order.
 */
public final class CardExporter implements Exporter {
    /** Pixels of cards being drawn at once: about 200 MB of images, whatever the sizes. */
    private static final int PIXEL_BUDGET = 16_000_000;
    private static final int MAX_THREADS = 4;

    private KitFiles imagesOf;
    private KitImages images;

    @Override
    public Set<OutputKind> kinds() {
        return Set.of(OutputKind.CARD, OutputKind.ALT_TEXT);
    }

    @Override
    public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
        Kit kit = context.kit();
        ImageFormat format = context.options().imageFormat() == null ? ImageFormat.PNG : context.options().imageFormat();
        boolean cards = context.options().wants(OutputKind.CARD);
        List<Job> jobs = jobs(kit, texts, format, cards);
        List<ExportedFile> written = new ArrayList<>();
        if (cards && !jobs.isEmpty()) {
            writeCards(context, texts.language(), jobs, format, sink, written);
        }
        if (context.options().wants(OutputKind.ALT_TEXT) && !kit.cards().isEmpty()) {
            written.add(writeAltText(kit, texts, jobs, sink));
        }
        return written;
    }

    /** One file to draw: a card at a size, with its text in this language. */
    private record Job(Card card, CardSize size, CardText text, boolean fallback, String path) {
    }

    /** The files to write; their texts are looked up only when cards are drawn (alt text alone needs none). */
    private static List<Job> jobs(Kit kit, LocalizedTexts texts, ImageFormat format, boolean withTexts) {
        List<Job> jobs = new ArrayList<>();
        for (Card card : kit.cards()) {
            LocalizedTexts own = texts.forFile();
            CardText text = withTexts ? new CardText(own.text(card.headlineKey()), own.text(card.sublineKey())) : null;
            Map<String, CardSize> sizes = new LinkedHashMap<>();
            card.sizes().forEach(size -> sizes.putIfAbsent(size.name(), size)); // a size named twice is one file
            for (CardSize size : sizes.values()) {
                String path = texts.language() + "/cards/" + card.id() + "-" + size.name() + "." + format.extension();
                jobs.add(new Job(card, size, text, own.usedFallback(), path));
            }
        }
        return jobs;
    }

    private void writeCards(ExportContext context, String language, List<Job> jobs, ImageFormat format,
            ExportSink sink, List<ExportedFile> written) throws IOException {
        Kit kit = context.kit();
        KitImages pictures = images(context.files());
        BufferedImage logo = kit.brand().logo() == null ? null : pictures.logo(kit.brand().logo());
        Map<String, BufferedImage> backgrounds = new HashMap<>();
        for (Job job : jobs) {
            Card card = job.card();
            if (!card.hasColorBackground(kit.brand()) && !backgrounds.containsKey(card.background())) {
                backgrounds.put(card.background(), pictures.background(card.background()));
            }
        }
        CardRenderer renderer = new CardRenderer(context.fonts(), kit.brand());
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        OrderedParallel.run(jobs, threads, CardExporter::pixels, PIXEL_BUDGET,
                job -> CardImageWriter.encode(renderer.render(job.card(), job.size(), job.text(), language,
                        backgrounds.get(job.card().background()), logo).image(), format),
                (job, bytes) -> written.add(sink.write(job.path(), new ExportSink.Meta(OutputKind.CARD, language,
                        job.card().id(), job.fallback(), job.size().width(), job.size().height()),
                        out -> out.write(bytes))));
    }

    private static int pixels(Job job) {
        return (int) Math.min(Integer.MAX_VALUE, (long) job.size().width() * job.size().height());
    }

    private static ExportedFile writeAltText(Kit kit, LocalizedTexts texts, List<Job> jobs, ExportSink sink)
            throws IOException {
        LocalizedTexts own = texts.forFile();
        List<AltTextSheet.Entry> entries = new ArrayList<>();
        for (Card card : kit.cards()) {
            List<String> files = jobs.stream().filter(j -> j.card().id().equals(card.id()))
                    .map(j -> j.path().substring(j.path().lastIndexOf('/') + 1)).toList();
            String alt = own.text(card.altKey());
            entries.add(new AltTextSheet.Entry(card.id(), files, alt == null ? null : InlineMarkup.plainText(alt)));
        }
        byte[] content = AltTextSheet.write(texts.language(), entries);
        return sink.write(texts.language() + "/cards/alt-text.txt",
                new ExportSink.Meta(OutputKind.ALT_TEXT, texts.language(), null, own.usedFallback(), null, null),
                out -> out.write(content));
    }

    /** The kit's pictures, decoded once for a whole export however many languages it writes. */
    private synchronized KitImages images(KitFiles files) {
        if (images == null || imagesOf != files) {
            images = new KitImages(files);
            imagesOf = files;
        }
        return images;
    }
}
