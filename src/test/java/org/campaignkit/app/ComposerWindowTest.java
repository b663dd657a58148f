package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless under Monocle: it opens the bundled kit, edits a translation and undoes it. */
@ExtendWith(ApplicationExtension.class)
class ComposerWindowTest {
    private static final String TARGET_ID = "target-message.no-blank-cheque";

    @Start
    void start(Stage stage) throws java.io.IOException {
        // A fresh recovery folder: a copy left by an earlier run would otherwise ask to be restored.
        System.setProperty("campaignkit.recovery", java.nio.file.Files.createTempDirectory("recovery").toString());
        new ComposerApp().start(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private TextArea target(FxRobot robot) {
        return robot.lookup(n -> TARGET_ID.equals(n.getId())).queryAs(TextArea.class);
    }

    @Test
    void opensTheKitEditsAStringAndUndoes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(n -> TARGET_ID.equals(n.getId())).tryQuery().isPresent());
        TreeView<?> outline = robot.lookup("#outline").queryAs(TreeView.class);
        assertThat(outline.getRoot().getChildren()).hasSize(5);
        assertThat(target(robot).getText()).startsWith("Un tratado");

        robot.interact(() -> {
            target(robot).requestFocus();
            target(robot).setText("Texto nuevo");
            robot.lookup("#outline").query().requestFocus(); // leaving the field commits the edit
        });
        WaitForAsyncUtils.waitForFxEvents();
        Button undo = robot.lookup("#undo").queryAs(Button.class);
        assertThat(undo.isDisabled()).isFalse();
        assertThat(target(robot).getText()).isEqualTo("Texto nuevo");

        robot.interact(undo::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(target(robot).getText()).startsWith("Un tratado");
        assertThat(undo.isDisabled()).isTrue();
    }
}
