package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window, headless under Monocle: selecting the press release shows its blocks and its page. */
@ExtendWith(ApplicationExtension.class)
class DocumentWindowTest {
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

    @Test
    @SuppressWarnings("unchecked")
    void selectingThePressReleaseShowsItsBlocksAndItsPage(FxRobot robot) throws Exception {
        TreeView<OutlineItem> outline = robot.lookup("#outline").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> outline.getRoot() != null);
        ImageView page = robot.lookup("#document-preview").queryAs(ImageView.class);
        assertThat(page.getImage()).as("a message is selected first").isNull();

        robot.interact(() -> {
            TreeItem<OutlineItem> documents = outline.getRoot().getChildren().get(2);
            documents.setExpanded(true);
            outline.getSelectionModel().select(documents.getChildren().get(0));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> page.getImage() != null);
        assertThat(page.getImage().getWidth()).isGreaterThan(1000);
        assertThat(page.isVisible()).isTrue();
        // A redraw may already be under way (the checks finishing, the memory learning): wait for the page line.
        Label pageNote = robot.lookup("#document-page-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !pageNote.getText().startsWith("Drawing"));
        assertThat(pageNote.getText()).isEqualTo("Page 1 of 2 · A4");
        VBox blocks = robot.lookup("#document-blocks").queryAs(VBox.class);
        assertThat(blocks.isVisible()).isTrue();
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().matches("document-block-\\d+")).queryAll()).hasSize(11);
        assertThat(robot.lookup("#document-edit-source").query().isVisible())
                .as("Spanish is being translated: the structure is edited in the source").isTrue();

        // Going into a block on the second page turns the preview to it.
        Label note = robot.lookup("#document-page-note").queryAs(Label.class);
        robot.interact(() -> robot.lookup(n -> "target-press.about.title".equals(n.getId())).query().requestFocus());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> note.getText().startsWith("Page 2 of 2"));
        assertThat(robot.lookup("#document-previous-page").queryButton().isDisabled()).isFalse();
    }
}
