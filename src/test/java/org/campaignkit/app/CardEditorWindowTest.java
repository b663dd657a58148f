package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.campaignkit.kit.Card;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.fonts.FontBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The card preview in the window, headless under Monocle: a click sets the focus point, the arrow keys move it. */
@ExtendWith(ApplicationExtension.class)
class CardEditorWindowTest {
    private ComposerViewModel model;

    @Start
    void start(Stage stage) throws java.io.IOException {
        UiFonts.load(FontBook.bundled());
        FxTaskRunner tasks = new FxTaskRunner();
        model = new ComposerViewModel(tasks, new Recovery(Files.createTempDirectory("recovery")));
        ComposerView view = new ComposerView(model, new ExportViewModel(tasks), folder -> { });
        stage.setScene(view.scene(stage));
        stage.show();
        model.open(TestKit.BUNDLED);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    private Card safeguards() {
        return model.kitProperty().get().card("safeguards").orElseThrow();
    }

    @Test
    void clickingThePreviewSetsTheFocusPointAndTheArrowKeysMoveIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.kitProperty().get() != null);
        TreeView<OutlineItem> outline = robot.lookup("#outline").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<OutlineItem> cards = outline.getRoot().getChildren().get(1);
            cards.setExpanded(true);
            outline.getSelectionModel().select(cards.getChildren().get(0));
        });
        ImageView picture = robot.lookup("#card-preview").queryAs(ImageView.class);
        Node marker = robot.lookup("#card-focus-marker").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> picture.getImage() != null && marker.isVisible());
        assertThat(safeguards().focusX()).isEqualTo(0.5);
        double markerBefore = marker.getLayoutX();

        // A quarter across the square card, left of the focus point in the middle.
        Bounds shown = picture.localToScreen(picture.getBoundsInLocal());
        robot.clickOn(new Point2D(shown.getMinX() + shown.getWidth() * 0.25, shown.getMinY() + shown.getHeight() * 0.3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> safeguards().focusX() != 0.5);
        // The 2400 px square photo covers the 1080 px card whole: a quarter across the card is a quarter across the photo.
        assertThat(safeguards().focusX()).isBetween(0.24, 0.26);
        assertThat(safeguards().focusY()).isBetween(0.29, 0.31);
        assertThat(robot.lookup("#undo").queryAs(Button.class).isDisabled()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Math.abs(marker.getLayoutX() - markerBefore) > 10);
        assertThat(marker.getLayoutX()).as("the ring stands where the click was").isLessThan(markerBefore);

        double clicked = safeguards().focusX();
        assertThat(robot.lookup("#card-stage").query().isFocused()).as("the click gave the preview the keyboard").isTrue();
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> safeguards().focusX() != clicked);
        assertThat(safeguards().focusX()).isCloseTo(clicked + CardEditing.STEP, org.assertj.core.api.Assertions.within(1e-9));
    }
}
