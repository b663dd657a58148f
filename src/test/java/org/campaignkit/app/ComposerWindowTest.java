package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
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

/** The window opens the bundled kit and shows its outline, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class ComposerWindowTest {
    @Start
    void start(Stage stage) {
        new ComposerApp().start(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsTheKitOutline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#outline").tryQuery().isPresent());
        TreeView<?> tree = robot.lookup("#outline").queryAs(TreeView.class);
        assertThat(tree.getRoot().getValue().toString()).startsWith("un-cybercrime-treaty");
        assertThat(tree.getRoot().getChildren()).hasSize(5);
    }
}
