package org.campaignkit.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Brand;
import org.campaignkit.kit.Document;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.Texts;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.KitFonts;

/** A kit opened for export as the orchestrator would open it: its context and its texts per language. */
public final class ExportFixture implements AutoCloseable {
    public static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    private final Kit kit;
    private final KitFiles files;
    private final boolean ownsFiles;
    private final ExportOptions options;

    private ExportFixture(Kit kit, KitFiles files, boolean ownsFiles, ExportOptions options) {
        this.kit = kit;
        this.files = files;
        this.ownsFiles = ownsFiles;
        this.options = options;
    }

    public static ExportFixture open(Path kitPath) {
        return open(kitPath, ExportOptions.defaults(DATE));
    }

    /** The kit opened with the options every context() and texts() of this fixture use. */
    public static ExportFixture open(Path kitPath, ExportOptions options) {
        KitLoad load = new KitReader().read(kitPath);
        if (load.kit() == null) {
            throw new AssertionError("the kit does not read: " + load.findings());
        }
        try {
            return new ExportFixture(load.kit(), KitFiles.open(kitPath), true, options);
        } catch (KitFormatException e) {
            throw new AssertionError("the kit's files do not open: " + e.getMessage(), e);
        }
    }

    public static ExportFixture bundled() {
        return open(TestKit.BUNDLED);
    }

    /** The bundled kit, exported on the given date with default options. */
    public static ExportFixture bundled(LocalDate date) {
        return open(TestKit.BUNDLED, ExportOptions.defaults(date));
    }

    public Kit kit() {
        return kit;
    }

    /** The same kit files with an edited kit (a value taken away, a translation removed); closing it leaves the files open. */
    public ExportFixture withKit(UnaryOperator<Kit> edit) {
        return new ExportFixture(edit.apply(kit), files, false, options);
    }

    /** The kit without one language's translation of a key. */
    public static UnaryOperator<Kit> withoutEntry(String language, String key) {
        return kit -> {
            Texts texts = kit.textsOf(language).orElseThrow();
            Map<String, Entry> entries = new LinkedHashMap<>(texts.entries());
            entries.remove(key);
            return kit.withTexts(new Texts(language, entries));
        };
    }

    /** The kit with other brand colours and logo. */
    public static UnaryOperator<Kit> withBrand(Brand brand) {
        return k -> new Kit(k.id(), k.version(), k.sourceLanguage(), k.languages(), brand, k.variables(), k.values(),
                k.messages(), k.cards(), k.documents(), k.texts());
    }

    /** The kit with other documents. */
    public static UnaryOperator<Kit> withDocuments(List<Document> documents) {
        return k -> new Kit(k.id(), k.version(), k.sourceLanguage(), k.languages(), k.brand(), k.variables(), k.values(),
                k.messages(), k.cards(), documents, k.texts());
    }

    public ExportContext context(ExportOptions options) {
        return new ExportContext(kit, files, KitFonts.forKit(kit, files), PlatformRules.bundled(), options);
    }

    public ExportContext context() {
        return context(options);
    }

    public LocalizedTexts texts(String language, ExportOptions options) {
        return LocalizedTexts.of(kit, language, options.values(), options.allowMissing());
    }

    public LocalizedTexts texts(String language) {
        return texts(language, options);
    }

    @Override
    public void close() {
        if (ownsFiles) {
            files.close();
        }
    }
}
