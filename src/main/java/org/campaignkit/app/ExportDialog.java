package org.campaignkit.app;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.campaignkit.export.OutputKind;
import org.campaignkit.kit.Kit;

/** The export dialog: languages, outputs and folder; progress with cancel; the outcome in words. */
final class ExportDialog {
    private ExportDialog() {
    }

    static void show(Window owner, ComposerViewModel composer, ExportViewModel model, Consumer<Path> openFolder) {
        Kit kit = composer.kitProperty().get();
        if (kit == null) {
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Ui.text("export.title"));

        Map<String, CheckBox> languages = new LinkedHashMap<>();
        FlowPane languageBoxes = new FlowPane(12, 6);
        for (String tag : kit.languages()) {
            CheckBox box = new CheckBox(ComposerViewModel.languageName(tag));
            box.setId("export-language-" + tag);
            box.setSelected(true);
            languages.put(tag, box);
            languageBoxes.getChildren().add(box);
        }
        Map<OutputKind, CheckBox> outputs = new LinkedHashMap<>();
        FlowPane outputBoxes = new FlowPane(12, 6);
        for (OutputKind kind : OutputKind.values()) {
            CheckBox box = new CheckBox(Ui.text("output." + kind.word()));
            box.setId("output-" + kind.word());
            box.setSelected(kind != OutputKind.PACK);
            outputs.put(kind, box);
            outputBoxes.getChildren().add(box);
        }
        TextField folder = new TextField(Path.of(System.getProperty("user.home"), "campaign-kit-export", kit.id()).toString());
        folder.setAccessibleText(Ui.text("export.folder"));
        folder.setId("export-folder");
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Ui.text("export.choose"));
        choose.setOnAction(e -> {
            File chosen = new DirectoryChooser().showDialog(stage);
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setAccessibleText(Ui.text("export.progress"));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.textProperty().bind(model.stepProperty());
        WrappedText outcome = new WrappedText();
        outcome.setId("export-outcome");
        outcome.textProperty().bind(model.outcomeProperty());

        Button export = new Button(Ui.text("export.start"));
        export.setId("export-start");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.runningProperty());
        export.setOnAction(e -> {
            Set<OutputKind> only = EnumSet.noneOf(OutputKind.class);
            outputs.forEach((kind, box) -> {
                if (box.isSelected()) {
                    only.add(kind);
                }
            });
            var chosen = languages.entrySet().stream().filter(en -> en.getValue().isSelected()).map(Map.Entry::getKey).toList();
            if (chosen.isEmpty() || only.isEmpty()) {
                model.outcomeProperty().set(Ui.text("export.chooseSomething"));
                return;
            }
            model.export(composer.currentLoad(), kit, composer.additions().usedBy(kit), chosen, only, outputs.get(OutputKind.PACK).isSelected(), Path.of(folder.getText()));
        });
        Button cancel = new Button(Ui.text("export.cancel"));
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        Button open = new Button(Ui.text("export.openFolder"));
        open.setId("export-open");
        open.disableProperty().bind(model.exportedFolderProperty().isNull());
        open.setOnAction(e -> openFolder.accept(model.exportedFolderProperty().get()));
        Button close = new Button(Ui.text("export.close"));
        close.setOnAction(e -> stage.close());

        VBox root = new VBox(10, new Label(Ui.text("export.languages")), languageBoxes, new Label(Ui.text("export.outputs")),
                outputBoxes, new Label(Ui.text("export.folder")), new HBox(8, folder, choose), progress, step, outcome, new HBox(8, export, cancel, open, close));
        root.setPadding(new Insets(14));
        UiFonts.apply(root);
        root.setNodeOrientation(Ui.orientation());
        stage.setScene(new Scene(root, 720, 420));
        stage.show();
    }
}
