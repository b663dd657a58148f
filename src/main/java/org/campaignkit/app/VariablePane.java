package org.campaignkit.app;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Variable;
import org.campaignkit.kit.VariableType;
import org.campaignkit.text.ValueFormatter;

/**
 * The value of the selected variable, for the whole kit: a date picker for dates, a text field
 * otherwise, committed when the field is left; the checks' findings for it right underneath.
 */
final class VariablePane {
    private final VBox box = new VBox(6);
    private final ComposerViewModel model;
    private final WrappedText problems = new WrappedText();

    VariablePane(ComposerViewModel model) {
        this.model = model;
        box.setPadding(new Insets(10));
        problems.setFill(javafx.scene.paint.Color.web("#a4262c"));
        model.selectedProperty().addListener((obs, old, now) -> show());
        model.kitProperty().addListener((obs, old, now) -> showProblems());
        model.findings().addListener((ListChangeListener<Finding>) change -> showProblems());
    }

    VBox node() {
        return box;
    }

    private void show() {
        box.getChildren().clear();
        model.selectedVariable().ifPresent(variable -> {
            String value = model.kitProperty().get().values().getOrDefault(variable.name(), "");
            Label label = new Label(Ui.text(variable.required() ? "variable.value.required" : "variable.value",
                    "{{" + variable.name() + "}}"));
            box.getChildren().addAll(label, editor(variable, value), problems);
            showProblems();
        });
    }

    private javafx.scene.Node editor(Variable variable, String value) {
        if (variable.type() == VariableType.DATE) {
            DatePicker picker = new DatePicker(ValueFormatter.parseDate(value).orElse(null));
            picker.setId("value-" + variable.name());
            picker.setAccessibleText(Ui.text("variable.accessible", variable.name()));
            picker.valueProperty().addListener((obs, old, now) ->
                    model.setValue(variable.name(), now == null ? "" : now.toString()));
            return picker;
        }
        TextField field = new TextField(value);
        field.setId("value-" + variable.name());
        field.setAccessibleText(Ui.text("variable.accessible", variable.name()));
        field.setPromptText(variable.type() == VariableType.EMAIL ? "name@example.org" : "");
        field.setOnAction(e -> model.setValue(variable.name(), field.getText()));
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.setValue(variable.name(), field.getText());
            }
        });
        return field;
    }

    private void showProblems() {
        model.selectedVariable().ifPresentOrElse(variable -> problems.setText(String.join("\n", model.findings().stream()
                .filter(f -> variable.name().equals(f.key())).map(Finding::message).toList())), () -> problems.setText(""));
    }
}
