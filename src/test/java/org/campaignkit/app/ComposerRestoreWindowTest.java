package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.testing.TestKit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After a crash: the composer left an autosaved copy of unsaved edits; the next start asks, and
 * restoring shows the edits again, unsaved, with the kit on disk untouched.
 */
@ExtendWith(ApplicationExtension.class)
class ComposerRestoreWindowTest {
    @TempDir
    static Path temp;

    private Path kit;

    @Start
    void start(Stage stage) throws Exception {
        kit = TestKit.create(temp.resolve("kit-" + System.nanoTime())).folder();
        Path recoveryRoot = Files.createTempDirectory(temp, "recovery");
        KitLoad load = new KitReader().read(kit);
        Entry old = load.kit().textsOf("es").orElseThrow().entry("message.m1").orElseThrow();
        new Recovery(recoveryRoot).keep(load, load.kit().withEntry("es", "message.m1", old.withText("{{organization}} se salvó.")), java.util.Map.of());
        System.setProperty("campaignkit.recovery", recoveryRoot.toString());
        System.setProperty("campaignkit.kit", TestKit.BUNDLED.toString());
        new ComposerApp().start(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("campaignkit.kit");
    }

    @Test
    void theNextStartOffersTheKeptEditsAndRestoresThem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#restore-question").tryQuery().isPresent());
        DialogPane question = robot.lookup("#restore-question").queryAs(DialogPane.class);
        assertThat(((WrappedText) ((javafx.scene.layout.StackPane) question.getContent()).getChildren().get(0)).getText())
                .contains(kit.toString());
        robot.interact(() -> ((Button) question.lookupButton(ButtonType.YES)).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(n -> "target-message.m1".equals(n.getId())).tryQuery().isPresent());
        TextArea restored = robot.lookup(n -> "target-message.m1".equals(n.getId())).queryAs(TextArea.class);
        assertThat(restored.getText()).isEqualTo("{{organization}} se salvó.");
        assertThat(ComposerFlowsTest.ModelAccess.model(robot).dirtyProperty().get()).as("restored edits are not saved yet").isTrue();
        assertThat(Files.readString(kit.resolve("texts/es.json"))).doesNotContain("se salvó");
    }
}
