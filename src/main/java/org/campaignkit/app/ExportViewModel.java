package org.campaignkit.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportListener;
import org.campaignkit.export.ExportOptions;
import org.campaignkit.export.ExportRefusedException;
import org.campaignkit.export.ExportService;
import org.campaignkit.export.KitChecks;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.StandardExporters;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.kit.source.OverlayKitFiles;
import org.campaignkit.text.PlatformRules;
import org.campaignkit.text.fonts.KitFonts;

/**
 * The export dialog's state and work: which languages and outputs, where, progress per language
 * and output, cancel, and the outcome in words. It runs the same export service as the command line.
 */
public final class ExportViewModel {
    private final TaskRunner tasks;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> exportedFolder = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();

    public ExportViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Exports the edited kit (as it is now, unsaved edits included) into a folder. */
    public void export(KitLoad original, Kit kit, List<String> languages, Set<OutputKind> only, boolean zip, Path folder) {
        export(original, kit, Map.of(), languages, only, zip, folder);
    }

    /**
     * Exports the edited kit (as it is now, unsaved edits included, with the files added to it:
     * path to content) into a folder.
     */
    public void export(KitLoad original, Kit kit, Map<String, byte[]> added, List<String> languages, Set<OutputKind> only,
            boolean zip, Path folder) {
        cancel.set(false);
        running.set(true);
        progress.set(0);
        outcome.set("");
        exportedFolder.set(null);
        ExportListener listener = new ExportListener() {
            @Override
            public void step(String language, String exporter, int done, int total) {
                String words = language.isEmpty() ? Ui.text("export.finishing")
                        : Ui.text("export.step", ComposerViewModel.languageName(language), Ui.text("exporter." + exporter));
                tasks.onUiThread(() -> {
                    progress.set(total == 0 ? 1 : (double) done / total);
                    step.set(words);
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
        tasks.run("export", () -> {
            KitLoad edited = new KitLoad(original.location(), kit, original.findings(), original.originalTrees());
            try (KitFiles files = new OverlayKitFiles(KitFiles.open(original.location()), Map.copyOf(added))) {
                var fonts = KitFonts.forKit(kit, files);
                PlatformRules platforms = PlatformRules.forUser();
                ExportOptions options = new ExportOptions(Map.of(), only, false, LocalDate.now(), null, null,
                        ExportOptions.ImageFormat.PNG);
                List<Finding> findings = KitChecks.run(edited, files, fonts, platforms, Map.of(), languages);
                return new ExportService(StandardExporters.all()).export(new ExportContext(kit, files, fonts, platforms, options),
                        languages, findings, zip, folder, listener);
            }
        }, result -> {
            running.set(false);
            progress.set(1);
            step.set("");
            exportedFolder.set(folder);
            outcome.set(Ui.text("export.done", result.files().size(), folder.toString()));
        }, error -> {
            running.set(false);
            step.set("");
            outcome.set(describe(error, folder));
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** The reason an export did not happen, as a person reads it. */
    static String describe(Throwable error, Path folder) {
        if (error instanceof ExportRefusedException refused) {
            List<Finding> findings = refused.findings();
            Finding first = findings.get(0);
            return Ui.text("export.refused", findings.size(), FindingsPanel.describe(first));
        }
        return Ui.text("export.failed", String.valueOf(error.getMessage()), folder.toString());
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    public StringProperty outcomeProperty() {
        return outcome;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public ObjectProperty<Path> exportedFolderProperty() {
        return exportedFolder;
    }
}
