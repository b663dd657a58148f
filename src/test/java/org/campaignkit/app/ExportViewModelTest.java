package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.campaignkit.export.OutputKind;
import org.campaignkit.kit.KitReader;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog's work without a window: progress, the files, and refusals in words. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private final ExportViewModel model = new ExportViewModel(TaskRunner.sameThread());

    @Test
    void exportsTheEditedKitWithProgressAndSaysWhatItWrote() {
        var load = new KitReader().read(TestKit.BUNDLED);
        var edited = load.kit().withEntry("ar", "press.headline",
                load.kit().textsOf("ar").orElseThrow().entry("press.headline").orElseThrow().withText("عنوان جديد"));
        Path out = dir.resolve("out");
        model.export(load, edited, List.of("ar"), EnumSet.of(OutputKind.PRESS_RELEASE), false, out);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.outcomeProperty().get()).startsWith("Exported 2 files into");
        assertThat(model.exportedFolderProperty().get()).isEqualTo(out);
        assertThat(Files.exists(out.resolve("ar/press-release.pdf"))).isTrue();
        assertThat(Files.exists(out.resolve("ar/press-release.docx"))).isTrue();
    }

    @Test
    void aRefusedExportSaysWhyInWords() {
        TestKit kit = TestKit.create(dir.resolve("kit")).editJson("kit.json", root -> root.remove("values"));
        var load = new KitReader().read(kit.folder());
        Path out = dir.resolve("out");
        model.export(load, load.kit(), List.of("es"), EnumSet.of(OutputKind.PRESS_RELEASE), false, out);
        assertThat(model.outcomeProperty().get()).startsWith("Nothing was exported: 1 problem to fix first")
                .contains("organization");
        assertThat(model.exportedFolderProperty().get()).isNull();
        assertThat(Files.exists(out)).isFalse();
    }
}
