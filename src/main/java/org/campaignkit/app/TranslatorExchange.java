package org.campaignkit.app;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.campaignkit.exchange.ExchangeFormat;
import org.campaignkit.exchange.ExchangeService;
import org.campaignkit.exchange.ImportReport;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.text.PlatformRules;

/**
 * Sending a language to a translator (XLIFF 2.0, XLIFF 1.2 or PO) and taking the translation
 * back, in the composer: the same exchange service as the command line. An import becomes one
 * undoable edit, saved when the person saves; what it did is shown in words.
 */
final class TranslatorExchange {
    private final ComposerViewModel model;
    private final PlatformRules platforms;
    private final ObjectProperty<List<String>> report = new SimpleObjectProperty<>();

    TranslatorExchange(ComposerViewModel model, PlatformRules platforms) {
        this.model = model;
        this.platforms = platforms;
    }

    /** The file name a translator's file gets by default: kit, language, and the format's extension. */
    static String fileName(Kit kit, String language, ExchangeFormat format) {
        return kit.id() + "-" + language + (format == ExchangeFormat.PO ? ".po" : ".xlf");
    }

    /** Writes the kit as edited, in {@code language}, to {@code out}. */
    void send(String language, ExchangeFormat format, Path out) {
        Kit kit = model.kitProperty().get();
        KitLoad load = model.currentLoad();
        if (kit == null || language == null) {
            return;
        }
        model.statusProperty().set(Ui.text("exchange.sending", out.toString()));
        model.tasks().run("send to translator", () -> {
            new ExchangeService(platforms, kit.glossary()).exportFile(load, kit, language, format, out);
            return out;
        }, written -> model.statusProperty().set(Ui.text("exchange.sent", ComposerViewModel.languageName(language),
                format.title(), written.toString())),
                error -> model.statusProperty().set(Ui.text("exchange.sendFailed", String.valueOf(error.getMessage()))));
    }

    /** Reads a translator's file and applies what it can as one undoable edit; the report says the rest. */
    void receive(Path in) {
        Kit kit = model.kitProperty().get();
        KitLoad load = model.currentLoad();
        if (kit == null) {
            return;
        }
        model.statusProperty().set(Ui.text("exchange.reading", in.toString()));
        model.tasks().run("import translation", () -> new ExchangeService(platforms, kit.glossary()).importFile(load, kit, in),
                result -> {
                    ImportReport done = result.report();
                    if (model.kitProperty().get() != kit) {
                        // An edit came in while the file was read: applying the import would undo it.
                        model.statusProperty().set(Ui.text("exchange.kitChanged"));
                        return;
                    }
                    if (!result.kit().equals(kit)) {
                        model.apply(result.kit());
                        if (model.kitProperty().get().languages().contains(done.language())) {
                            model.targetLanguageProperty().set(done.language());
                        }
                    }
                    model.statusProperty().set(Ui.text(done.hasRefusals() ? "exchange.importedWithRefusals" : "exchange.imported",
                            done.changes().size(), ComposerViewModel.languageName(done.language()), done.refused().size()));
                    report.set(done.lines());
                }, error -> {
                    model.statusProperty().set(Ui.text("exchange.importFailed", String.valueOf(error.getMessage())));
                    report.set(List.of(Ui.text("exchange.importFailed", String.valueOf(error.getMessage()))));
                });
    }

    /** The last import's report, line by line, for the window to show. */
    ObjectProperty<List<String>> reportProperty() {
        return report;
    }
}
