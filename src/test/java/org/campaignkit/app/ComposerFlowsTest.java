package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.campaignkit.kit.Finding;
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
 * The main flows in the real window, headless under Monocle: switching the target language,
 * typing and watching the counter, going through strings and findings by keyboard, exporting
 * with progress. The kit is a copy of the bundled one with one string removed, so there is a
 * finding to follow.
 */
@ExtendWith(ApplicationExtension.class)
class ComposerFlowsTest {
    private static final String MESSAGE_KEY = "message.no-blank-cheque";

    @TempDir
    static Path temp;

    @Start
    void start(Stage stage) throws Exception {
        Path kit = temp.resolve("kit-" + System.nanoTime());
        copy(TestKit.BUNDLED, kit);
        var strings = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(kit.resolve("texts/fr.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) strings.get("strings")).remove("card.safeguards.alt");
        Files.writeString(kit.resolve("texts/fr.json"), strings.toPrettyString());
        System.setProperty("campaignkit.kit", kit.toString());
        System.setProperty("campaignkit.recovery", Files.createTempDirectory(temp, "recovery").toString());
        new ComposerApp().start(stage);
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
        System.clearProperty("campaignkit.kit");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static <T extends Node> T byId(FxRobot robot, String id, Class<T> type) {
        return robot.lookup(n -> id.equals(n.getId())).queryAs(type);
    }

    private static void waitFor(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(n -> id.equals(n.getId())).tryQuery().isPresent());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> target(FxRobot robot) {
        return byId(robot, "target-language", ComboBox.class);
    }

    @Test
    void switchingTheTargetLanguageShowsItsTextAndCounts(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        String spanishCount = byId(robot, "count-X", Label.class).getText();
        robot.interact(() -> target(robot).setValue("ar"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(byId(robot, "target-" + MESSAGE_KEY, TextArea.class).getText()).startsWith("معاهدة");
        assertThat(byId(robot, "target-" + MESSAGE_KEY, TextArea.class).getNodeOrientation())
                .isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
        assertThat(byId(robot, "count-X", Label.class).getText()).isNotEqualTo(spanishCount);

        robot.interact(() -> target(robot).setValue("zh-Hans"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(byId(robot, "target-" + MESSAGE_KEY, TextArea.class).getText()).containsPattern("\\p{IsHan}");
    }

    @Test
    void typingChangesTheCounterAtOnceAndLeavingTheFieldMakesOneUndoableEdit(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        TextArea field = byId(robot, "target-" + MESSAGE_KEY, TextArea.class);
        String before = byId(robot, "count-X", Label.class).getText();
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write(" Más.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(byId(robot, "count-X", Label.class).getText()).isNotEqualTo(before);
        assertThat(byId(robot, "undo", Button.class).isDisabled()).as("still typing, not yet an edit").isTrue();

        robot.push(KeyCode.ALT, KeyCode.DOWN); // next string: leaves the field, which commits the edit
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(byId(robot, "undo", Button.class).isDisabled()).isFalse();
        assertThat(spanish(robot)).endsWith(" Más.");
        robot.interact(() -> byId(robot, "undo", Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(spanish(robot)).doesNotContain("Más.");
    }

    private static String spanish(FxRobot robot) {
        return ModelAccess.model(robot).kitProperty().get().textsOf("es").orElseThrow().text(MESSAGE_KEY).orElseThrow();
    }

    @Test
    void clickingFromOneFieldIntoAnotherKeepsTheCaretInTheSecond(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        robot.interact(() -> ModelAccess.model(robot).selectedProperty().set(OutlineNavigation.leaves(OutlineItem.of(
                ModelAccess.model(robot).kitProperty().get())).stream().filter(i -> i.kind() == OutlineItem.Kind.CARD)
                .findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<TextArea> fields = robot.lookup(n -> n.getId() != null && n.getId().startsWith("target-card.")).queryAllAs(TextArea.class)
                .stream().sorted(java.util.Comparator.comparing(n -> n.localToScene(0, 0).getY())).toList();
        assertThat(fields).hasSizeGreaterThanOrEqualTo(2);
        String secondId = fields.get(1).getId();
        robot.clickOn(fields.get(0)).write("!");
        robot.clickOn(fields.get(1)).write("?");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot).getId()).isEqualTo(secondId);
        assertThat(((TextArea) focusOwner(robot)).getText()).contains("?");
        assertThat(ModelAccess.model(robot).canUndoProperty().get()).as("the first field's edit was committed").isTrue();
    }

    @Test
    void everyControlHasANameAScreenReaderCanRead(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        List<String> unnamed = new ArrayList<>();
        for (OutlineItem item : OutlineNavigation.leaves(OutlineItem.of(ModelAccess.model(robot).kitProperty().get()))) {
            robot.interact(() -> ModelAccess.model(robot).selectedProperty().set(item));
            WaitForAsyncUtils.waitForFxEvents();
            robot.lookup(n -> n instanceof javafx.scene.control.Control && n.isFocusTraversable() && n.isVisible())
                    .queryAll().forEach(n -> {
                        String name = n.getAccessibleText() != null ? n.getAccessibleText()
                                : n instanceof javafx.scene.control.Labeled labeled ? labeled.getText() : null;
                        if (name == null || name.isBlank()) {
                            unnamed.add(n.getClass().getSimpleName() + "#" + n.getId() + " in " + item.id());
                        }
                    });
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void tabMovesOnFromATranslationInsteadOfTypingATab(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        TextArea field = byId(robot, "target-" + MESSAGE_KEY, TextArea.class);
        String text = field.getText();
        robot.clickOn(field);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(text);
        assertThat(focusOwner(robot)).isNotSameAs(field);
    }

    @Test
    void placeholdersCannotBeBrokenByTyping(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        robot.interact(() -> target(robot).setValue("es"));
        robot.interact(() -> ModelAccess.model(robot).selectedProperty().set(OutlineNavigation.leaves(OutlineItem.of(
                ModelAccess.model(robot).kitProperty().get())).stream().filter(i -> i.keys().contains("press.dateline"))
                .findFirst().orElseThrow()));
        waitFor(robot, "target-press.dateline");
        TextArea dateline = byId(robot, "target-press.dateline", TextArea.class);
        String text = dateline.getText();
        int inside = text.indexOf("{{") + 3;
        assertThat(inside).isGreaterThan(2);
        robot.interact(() -> {
            dateline.requestFocus();
            dateline.positionCaret(inside);
        });
        robot.write("x");
        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dateline.getText()).isEqualTo(text);
    }

    @Test
    void aFindingLeadsToItsStringByClickOrF8(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        @SuppressWarnings("unchecked")
        ListView<Finding> checks = byId(robot, "checks", ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ModelAccess.model(robot).findings().size() > 0);
        assertThat(checks.getItems()).as("the missing string is French, the target Spanish").isEmpty();

        robot.interact(() -> target(robot).setValue("fr"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checks.getItems()).singleElement().extracting(Finding::code).isEqualTo("missing-translation");
        robot.clickOn(checks.lookupAll(".list-cell").stream().filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null)
                .findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot).getId()).isEqualTo("target-card.safeguards.alt");

        robot.interact(() -> byId(robot, "outline", javafx.scene.control.TreeView.class).getSelectionModel().select(2));
        robot.push(KeyCode.F8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot).getId()).isEqualTo("target-card.safeguards.alt");
        assertThat(((TextArea) focusOwner(robot)).getText()).isEmpty();
    }

    private static Node focusOwner(FxRobot robot) {
        return robot.lookup("#outline").query().getScene().getFocusOwner();
    }

    @Test
    void exportShowsProgressPerLanguageAndOutputAndTheOutcome(FxRobot robot) throws Exception {
        waitFor(robot, "target-" + MESSAGE_KEY);
        robot.interact(() -> byId(robot, "export", Button.class).fire());
        waitFor(robot, "export-start");
        Path out = temp.resolve("export-" + System.nanoTime());
        List<Double> seen = new ArrayList<>();
        robot.interact(() -> {
            robot.lookup(n -> n.getId() != null && n.getId().startsWith("export-language-")).queryAllAs(CheckBox.class)
                    .forEach(box -> box.setSelected(box.getId().equals("export-language-es")));
            robot.lookup(n -> n.getId() != null && n.getId().startsWith("output-")).queryAllAs(CheckBox.class)
                    .forEach(box -> box.setSelected(box.getId().equals("output-message-sheet") || box.getId().equals("output-alt-text")));
            byId(robot, "export-folder", TextField.class).setText(out.toString());
            byId(robot, "export-progress", ProgressBar.class).progressProperty().addListener((o, was, now) -> seen.add(now.doubleValue()));
            byId(robot, "export-start", Button.class).fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> byId(robot, "export-outcome", WrappedText.class).getText().startsWith("Exported"));
        assertThat(seen).anyMatch(p -> p > 0 && p < 1).contains(1.0);
        assertThat(byId(robot, "export-open", Button.class).isDisabled()).isFalse();
        assertThat(out.resolve("es")).isDirectory();
        assertThat(out.resolve("manifest.json")).exists();
        try (var files = Files.walk(out.resolve("es"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("messages.pdf", "alt-text.txt");
        }
    }

    /** Reaches the window's view model through the scene, for setting up a state the flow then uses. */
    static final class ModelAccess {
        static ComposerViewModel model(FxRobot robot) {
            return (ComposerViewModel) robot.lookup("#outline").query().getScene().getRoot().getProperties().get(ComposerViewModel.class);
        }
    }
}
