package org.campaignkit.app;

import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.campaignkit.kit.Kit;
import org.controlsfx.control.SearchableComboBox;

/**
 * The reference and target language pickers, searchable by tag, by the language's own name and
 * by its name in the interface language ("ar", "العربية", "Arabic", "árabe"), and the Add
 * language dialog, which offers every language ICU knows and accepts any other tag typed in.
 */
final class LanguagePickers {
    private final ComposerViewModel model;
    private final SearchableComboBox<String> reference = picker("reference-language", "language.reference.accessible");
    private final SearchableComboBox<String> target = picker("target-language", "language.target.accessible");

    LanguagePickers(ComposerViewModel model) {
        this.model = model;
        reference.valueProperty().bindBidirectional(model.referenceLanguageProperty());
        target.valueProperty().bindBidirectional(model.targetLanguageProperty());
    }

    SearchableComboBox<String> reference() {
        return reference;
    }

    SearchableComboBox<String> target() {
        return target;
    }

    /** Lists a kit's languages in both pickers, keeping the choices when they still exist. */
    void show(Kit kit) {
        String chosenReference = model.referenceLanguageProperty().get();
        String chosenTarget = model.targetLanguageProperty().get();
        reference.getItems().setAll(kit.languages());
        target.getItems().setAll(kit.languages());
        model.referenceLanguageProperty().set(chosenReference != null && kit.languages().contains(chosenReference)
                ? chosenReference : kit.sourceLanguage());
        model.targetLanguageProperty().set(chosenTarget);
    }

    /** Asks for a language to add and adds it; a refused tag is explained in the dialog. */
    void addLanguage(Window owner) {
        Kit kit = model.kitProperty().get();
        if (kit == null) {
            return;
        }
        SearchableComboBox<String> known = new SearchableComboBox<>();
        known.setId("add-language-known");
        known.setConverter(NAMES);
        known.setAccessibleText(Ui.text("language.add.known"));
        known.getItems().setAll(knownLanguages().stream().filter(tag -> !kit.languages().contains(tag)).toList());
        TextField typed = new TextField();
        typed.setId("add-language-tag");
        typed.setPromptText("sw, pt-PT, sr-Latn…");
        typed.setAccessibleText(Ui.text("language.add.typed"));
        known.valueProperty().addListener((obs, old, now) -> typed.setText(now == null ? "" : now));
        WrappedText problem = new WrappedText();
        problem.setFill(javafx.scene.paint.Color.web("#a4262c"));
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Ui.text("language.add.title"));
        dialog.setHeaderText(Ui.text("language.add.header"));
        VBox content = new VBox(8, new Label(Ui.text("language.add.known")), known, new Label(Ui.text("language.add.typed")),
                typed, problem);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setNodeOrientation(Ui.orientation());
        UiFonts.apply(dialog.getDialogPane());
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        Alerts.translateButtons(dialog.getDialogPane());
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(Ui.text("language.add.confirm"));
        ok.disableProperty().bind(typed.textProperty().isEmpty());
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String refused = model.addLanguage(typed.getText());
            if (refused != null) {
                problem.setText(refused);
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? typed.getText() : null);
        dialog.showAndWait();
    }

    /** Every language ICU has data for, by tag: plain languages and script variants, no regions. */
    static List<String> knownLanguages() {
        TreeMap<String, String> byTag = new TreeMap<>();
        Arrays.stream(ULocale.getAvailableLocales()).filter(l -> l.getCountry().isEmpty())
                .forEach(l -> byTag.put(l.toLanguageTag(), l.toLanguageTag()));
        byTag.put("pt-BR", "pt-BR");
        byTag.put("pt-PT", "pt-PT");
        return List.copyOf(byTag.keySet());
    }

    /**
     * "ar · العربية — Arabic": the tag, the language in its own words, and its name in the
     * interface language when that differs, so the search finds it by any of the three.
     */
    static String searchableName(String tag) {
        String own = ComposerViewModel.languageName(tag);
        String inInterface = ULocale.forLanguageTag(tag).getDisplayName(ULocale.forLocale(Ui.locale()));
        return own.endsWith(inInterface) || inInterface.isEmpty() || inInterface.equals(tag) ? own : own + " — " + inInterface;
    }

    private static final StringConverter<String> NAMES = new StringConverter<>() {
        @Override
        public String toString(String tag) {
            return tag == null ? "" : searchableName(tag);
        }

        @Override
        public String fromString(String text) {
            return Optional.ofNullable(text).map(t -> t.split(" ", 2)[0]).orElse(null);
        }
    };

    private static SearchableComboBox<String> picker(String id, String accessibleKey) {
        SearchableComboBox<String> box = new SearchableComboBox<>();
        box.setId(id);
        box.setConverter(NAMES);
        box.setAccessibleText(Ui.text(accessibleKey));
        box.setPrefWidth(230);
        return box;
    }
}
