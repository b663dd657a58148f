package org.campaignkit.testing;

import java.nio.file.Path;
import java.time.LocalDate;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.FontBook;

/** A kit opened for export as the orchestrator would: context, and texts per language. Close it after the test. */
public final class ExportFixture implements AutoCloseable {
    private final KitFiles files;
    private final ExportContext context;

    private ExportFixture(KitFiles files, ExportContext context) {
        this.files = files;
        this.context = context;
    }

    public static ExportFixture open(Path kitPath, ExportOptions options) {
        KitLoad load = new KitReader().read(kitPath);
        if (load.kit() == null) {
            throw new AssertionError("the kit does not read: " + load.findings());
        }
        try {
            KitFiles files = KitFiles.open(kitPath);
            return new ExportFixture(files, new ExportContext(load.kit(), files, FontBook.bundled(),
                    PlatformRules.bundled(), options));
        } catch (KitFormatException e) {
            throw new AssertionError(e.finding().toString(), e);
        }
    }

    /** The bundled kit, exported on the given date with default options. */
    public static ExportFixture bundled(LocalDate date) {
        return open(TestKit.BUNDLED, ExportOptions.defaults(date));
    }

    public ExportContext context() {
        return context;
    }

    public Kit kit() {
        return context.kit();
    }

    public LocalizedTexts texts(String language) {
        return LocalizedTexts.of(kit(), language, context.options().values(), context.options().allowMissing());
    }

    @Override
    public void close() {
        files.close();
    }
}
