package org.campaignkit.app;

import com.ibm.icu.util.ULocale;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: every action of the window with its keyboard shortcut, so all of it can be done
 * without a mouse (F10 or Alt opens the menus).
 */
final class ComposerMenus {
    private final ComposerView view;
    private final ComposerViewModel model;
    private final LanguagePickers languages;

    ComposerMenus(ComposerView view, ComposerViewModel model, LanguagePickers languages) {
        this.view = view;
        this.model = model;
        this.languages = languages;
    }

    MenuBar menuBar() {
        MenuBar bar = new MenuBar(file(), edit(), go(), language(), help());
        bar.setAccessibleText(Ui.text("menu.accessible"));
        return bar;
    }

    private Menu file() {
        Menu recent = new Menu(Ui.text("menu.file.recent"));
        recent.setId("menu-recent");
        recent.setOnShowing(e -> recent.getItems().setAll(view.recent().list().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> view.openKit(path));
            return item;
        }).toList()));
        // A menu with no items cannot open; a placeholder lets it show the real list.
        recent.getItems().add(new MenuItem("…"));
        return menu("menu.file", item("menu.file.openFolder", shortcut(KeyCode.O), view::openKitFolder),
                item("menu.file.openFile", shortcutShift(KeyCode.O), view::openKitFile), recent, new SeparatorMenuItem(),
                item("menu.file.save", shortcut(KeyCode.S), () -> view.save(false)),
                item("menu.file.saveAs", shortcutShift(KeyCode.S), () -> view.save(true)),
                item("menu.file.export", shortcut(KeyCode.E), view::export), new SeparatorMenuItem(),
                item("menu.file.sendToTranslator", shortcut(KeyCode.T), view::sendToTranslator),
                item("menu.file.importTranslation", shortcut(KeyCode.I), view::importTranslation), new SeparatorMenuItem(),
                item("menu.file.quit", shortcut(KeyCode.Q), view::quit));
    }

    private Menu edit() {
        MenuItem undo = item("menu.edit.undo", shortcut(KeyCode.Z), model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("menu.edit.redo", shortcut(KeyCode.Y), model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        return menu("menu.edit", undo, redo);
    }

    private Menu go() {
        return menu("menu.go", item("menu.go.nextString", new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN),
                () -> view.nextString(1)),
                item("menu.go.previousString", new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> view.nextString(-1)),
                item("menu.go.nextFinding", new KeyCodeCombination(KeyCode.F8), view::nextFinding));
    }

    private Menu language() {
        Menu interfaceLanguage = new Menu(Ui.text("menu.language.interface"));
        ToggleGroup group = new ToggleGroup();
        for (String tag : Ui.LANGUAGES) {
            ULocale locale = ULocale.forLanguageTag(tag);
            RadioMenuItem item = new RadioMenuItem(locale.getDisplayName(locale));
            item.setToggleGroup(group);
            item.setSelected(Ui.supported(tag).equals(Ui.locale()));
            item.setOnAction(e -> chooseInterfaceLanguage(tag));
            interfaceLanguage.getItems().add(item);
        }
        return menu("menu.language", item("menu.language.add", shortcut(KeyCode.L), () -> languages.addLanguage(null)),
                interfaceLanguage);
    }

    private Menu help() {
        return menu("menu.help", item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), ComposerMenus::showShortcuts));
    }

    /** The choice takes effect at the next start: rebuilding a live window in another direction loses focus and state. */
    private static void chooseInterfaceLanguage(String tag) {
        boolean kept = InterfaceLanguageSetting.forUser().choose(tag);
        Alert note = Alerts.of(Alert.AlertType.INFORMATION, null, kept ? Ui.text("interface.restart") : Ui.text("interface.notKept"),
                javafx.scene.control.ButtonType.OK);
        note.show();
    }

    private static void showShortcuts() {
        Alert list = Alerts.of(Alert.AlertType.INFORMATION, Ui.text("menu.help.shortcuts"), Ui.text("help.shortcuts.text"),
                javafx.scene.control.ButtonType.OK);
        list.show();
    }

    private static Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu(Ui.text(key), null, items);
        menu.setId(key.replace('.', '-'));
        return menu;
    }

    private static MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(Ui.text(key));
        item.setId(key.replace('.', '-'));
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination shortcutShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
