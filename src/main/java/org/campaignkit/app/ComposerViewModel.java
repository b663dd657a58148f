package org.campaignkit.app;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.campaignkit.export.KitChecks;
import org.campaignkit.kit.Entry;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.KitWriter;
import org.campaignkit.kit.Status;
import org.campaignkit.kit.Texts;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;

/**
 * What the composer window shows and does, without the toolkit: the open kit, the target
 * language, the selected outline item's strings, the checks, and edits with undo and redo. Kits
 * are immutable, so undo is a stack of kits. Only this class calls the services; slow work goes
 * through the task runner.
 */
public final class ComposerViewModel {
    /** Kits under this folder ship with the program; edits to them are saved as a copy elsewhere. */
    static final Path TEMPLATES = Path.of("kits").toAbsolutePath().normalize();

    private final TaskRunner tasks;
    private final ObjectProperty<Kit> kit = new SimpleObjectProperty<>();
    private final StringProperty targetLanguage = new SimpleStringProperty();
    private final StringProperty referenceLanguage = new SimpleStringProperty();
    private final StringProperty focusKey = new SimpleStringProperty();
    private final Navigation navigation = new Navigation(this);
    private final MemorySuggestions memory;
    private final ObjectProperty<OutlineItem> selected = new SimpleObjectProperty<>();
    private final ObservableList<StringRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final Deque<Kit> undo = new ArrayDeque<>();
    private final Deque<Kit> redo = new ArrayDeque<>();
    private final ObjectProperty<java.awt.image.BufferedImage> cardPreview = new SimpleObjectProperty<>();
    private final StringProperty cardPreviewNote = new SimpleStringProperty("");
    private final PlatformRules platforms = platformRules();
    private final PostPreviews posts = new PostPreviews(platforms);
    private final TranslatorExchange exchange = new TranslatorExchange(this, platforms);
    private KitLoad load;
    private CardPreviews previews;
    private BrandFontCache fonts = new BrandFontCache();
    private int checkGeneration;
    private int previewGeneration;

    /** How long typing must pause before the edits are kept in a recovery copy. */
    static final long AUTOSAVE_AFTER_MILLIS = 3_000;

    /** How long typing must pause before a card is redrawn with the typed text. */
    static final long TYPING_PAUSE_MILLIS = 150;

    private final Recovery recovery;
    private int editGeneration;
    private int typingGeneration;
    private KitAdditions additions = new KitAdditions();
    private final CardEditing cards;

    public ComposerViewModel(TaskRunner tasks) {
        this(tasks, Recovery.forUser());
    }

    ComposerViewModel(TaskRunner tasks, Recovery recovery) {
        this(tasks, recovery, MemorySuggestions.defaultFolder());
    }

    ComposerViewModel(TaskRunner tasks, Recovery recovery, Path memoryFolder) {
        this.tasks = tasks;
        this.recovery = recovery;
        this.memory = new MemorySuggestions(tasks, memoryFolder);
        targetLanguage.addListener((obs, old, now) -> {
            refreshRows();
            memory.clear();
        });
        referenceLanguage.addListener((obs, old, now) -> refreshRows());
        selected.addListener((obs, old, now) -> {
            refreshRows();
            memory.clear();
        });
        cards = new CardEditing(this, tasks);
    }

    /** Reads a kit in the background and shows it, with the first translation as target. */
    public void open(Path location) {
        status.set(Ui.text("status.opening", location.toString()));
        tasks.run("open kit", () -> new KitReader().read(location), read -> {
            if (read.kit() == null) {
                findings.setAll(read.findings());
                status.set(Ui.text("status.openFailed", read.findings().get(0).file() + ": " + read.findings().get(0).message()));
                return;
            }
            StartupClock.mark("kit-read");
            show(read, read.kit(), false, Map.of());
            status.set(Ui.text("status.opened", read.kit().id(), location.toString()));
        }, error -> status.set(Ui.text("status.openFailed", String.valueOf(error.getMessage()))));
    }

    /** Shows a kit read from {@code origin}: fresh history, the first translation as target, checks run. */
    private void show(KitLoad origin, Kit shown, boolean edited, Map<String, byte[]> added) {
        load = origin;
        if (previews != null) {
            previews.close();
        }
        fonts = new BrandFontCache();
        additions = new KitAdditions(added);
        previews = CardPreviews.open(origin.location(), fonts, additions);
        cards.forget();
        undo.clear();
        redo.clear();
        kit.set(shown);
        referenceLanguage.set(shown.sourceLanguage());
        targetLanguage.set(shown.languages().stream().filter(l -> !l.equals(shown.sourceLanguage())).findFirst()
                .orElse(shown.sourceLanguage()));
        updateHistoryState();
        dirty.set(edited);
        check();
        // The memory learns what was saved, not unsaved edits restored from a recovery copy.
        if (origin.kit() != null) {
            memory.learn(origin.kit(), targetLanguage.get());
        }
    }

    /** Replaces the target text of a string, keeping it undoable; the entry records the source it now matches. */
    public void editTarget(String key, String text) {
        Kit current = kit.get();
        if (current == null || targetLanguage.get() == null) {
            return;
        }
        String language = targetLanguage.get();
        Entry old = current.textsOf(language).flatMap(t -> t.entry(key)).orElse(null);
        if (old != null && old.text().equals(text)) {
            return;
        }
        String source = current.sourceTexts().text(key).orElse(null);
        // Overwriting a copied draft is translating it; any other entry keeps the state it had.
        boolean translated = old == null || old.status() == null || old.isUntranslatedCopy(source);
        Entry edited = language.equals(current.sourceLanguage()) ? (old == null ? Entry.plain(text) : old.withText(text))
                : new Entry(text, translated ? Status.TRANSLATED : old.status(), source, old == null ? null : old.note());
        apply(current.withEntry(language, key, edited));
    }

    /**
     * Shows text being typed in the counters and previews at once, before it becomes an edit: the
     * posts are recounted here (cheap), the card is redrawn in the background once typing pauses.
     */
    public void typing(String key, String text) {
        Kit current = kit.get();
        OutlineItem item = selected.get();
        String language = targetLanguage.get();
        if (current == null || item == null || language == null) {
            return;
        }
        Entry old = current.textsOf(language).flatMap(t -> t.entry(key)).orElse(null);
        Kit typed = current.withEntry(language, key, old == null ? Entry.plain(text) : old.withText(text));
        posts.show(typed, item, language);
        int generation = ++typingGeneration;
        tasks.later(TYPING_PAUSE_MILLIS, () -> {
            if (generation == typingGeneration && item.equals(selected.get())) {
                refreshCardPreview(typed, item, language);
            }
        });
    }

    /** Sets a variable's value for the whole kit (saved with it), as one undoable edit; empty clears it. */
    public void setValue(String name, String value) {
        Kit current = kit.get();
        if (current == null) {
            return;
        }
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.equals(current.values().getOrDefault(name, ""))) {
            return;
        }
        apply(current.withValue(name, trimmed));
    }

    /** The selected outline item's variable, if it is one. */
    public java.util.Optional<org.campaignkit.kit.Variable> selectedVariable() {
        OutlineItem item = selected.get();
        Kit current = kit.get();
        if (item == null || current == null || item.kind() != OutlineItem.Kind.VARIABLE) {
            return java.util.Optional.empty();
        }
        return current.variable(item.id());
    }

    /** Sets the state of the target string (draft, translated, reviewed). */
    public void setStatus(String key, Status newStatus) {
        Kit current = kit.get();
        String language = targetLanguage.get();
        current.textsOf(language).flatMap(t -> t.entry(key)).ifPresent(entry -> {
            if (entry.status() != newStatus) {
                apply(current.withEntry(language, key, entry.withStatus(newStatus)));
            }
        });
    }

    /**
     * Adds a language whose strings all start as draft copies of the source, and makes it the
     * target; returns why it could not be added, or null.
     */
    public String addLanguage(String tag) {
        Kit current = kit.get();
        if (current == null) {
            return Ui.text("language.add.noKit");
        }
        try {
            Kit added = current.withNewLanguage(tag);
            apply(added);
            targetLanguage.set(added.languages().get(added.languages().size() - 1));
            status.set(Ui.text("language.add.done", languageName(targetLanguage.get())));
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public void undo() {
        if (!undo.isEmpty()) {
            redo.push(kit.get());
            kit.set(undo.pop());
            afterChange();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            undo.push(kit.get());
            kit.set(redo.pop());
            afterChange();
        }
    }

    /** True when saving must go to another folder: the kit is a zip, or one of the bundled templates. */
    public boolean needsSaveAs() {
        Path location = load == null ? null : load.location().toAbsolutePath().normalize();
        return location == null || !Files.isDirectory(location) || location.startsWith(TEMPLATES);
    }

    /** Saves into the kit's own folder (or {@code folder} for Save As), atomically, only changed files. */
    public void save(Path folder) {
        Kit toSave = kit.get();
        KitLoad original = load;
        Path target = folder != null ? folder : original.location();
        status.set(Ui.text("status.saving"));
        Map<String, byte[]> added = additions.usedBy(toSave);
        tasks.run("save kit", () -> new KitWriter().save(original, toSave, target, added), written -> {
            dirty.set(false);
            recovery.discard(original.location());
            memory.learn(toSave, targetLanguage.get());
            status.set(written.isEmpty() ? Ui.text("status.nothingToSave") : Ui.text("status.saved", String.join(", ", written), target.toString()));
            if (folder != null) {
                open(folder);
            }
        }, error -> status.set(Ui.text("status.notSaved", String.valueOf(error.getMessage()))));
    }

    /**
     * A language named in its own language, after its tag ("es · español", "ar · العربية"): tag
     * first, so a right-to-left name cannot pull the tag around it in a left-to-right list.
     */
    public static String languageName(String tag) {
        ULocale locale = ULocale.forLanguageTag(tag);
        String name = locale.getDisplayName(locale);
        return name.isEmpty() ? tag : tag + " · " + name;
    }

    /** Shows an edited kit as one undoable step, then re-checks it and schedules the autosave. */
    void apply(Kit edited) {
        undo.push(kit.get());
        redo.clear();
        kit.set(edited);
        afterChange();
    }

    private void afterChange() {
        dirty.set(true);
        updateHistoryState();
        refreshRows();
        check();
        scheduleAutosave();
    }

    /** After a few idle seconds, keeps the edits in a recovery copy (a newer edit restarts the wait). */
    private void scheduleAutosave() {
        int generation = ++editGeneration;
        tasks.later(AUTOSAVE_AFTER_MILLIS, () -> {
            if (generation != editGeneration || !dirty.get() || load == null) {
                return;
            }
            KitLoad original = load;
            Kit edited = kit.get();
            Map<String, byte[]> added = additions.usedBy(edited);
            tasks.run("autosave", () -> {
                recovery.keep(original, edited, added);
                return true;
            }, done -> status.set(Ui.text("status.autosaved")),
                    error -> status.set(Ui.text("status.autosaveFailed", String.valueOf(error.getMessage()))));
        });
    }

    /** A recovery copy left by a session that ended without saving, if there is one. */
    public java.util.Optional<Recovery.Copy> pendingRecovery() {
        return recovery.newest();
    }

    /** Opens a recovery copy's edits; saving then writes them to the kit they came from. */
    public void restore(Recovery.Copy copy) {
        tasks.run("restore", () -> {
            KitLoad read = new KitReader().read(copy.folder());
            KitLoad original = new KitReader().read(copy.origin());
            boolean fromOrigin = read.kit() != null && original.kit() != null;
            return new Restored(read, original, fromOrigin ? KitAdditions.recovered(copy.folder(), copy.origin(), read.kit())
                    : Map.<String, byte[]>of());
        }, restored -> {
            KitLoad read = restored.copy();
            if (read.kit() == null) {
                status.set(Ui.text("status.recoveryUnreadable", copy.folder().toString()));
                return;
            }
            KitLoad original = restored.origin();
            show(original.kit() != null ? original : read, read.kit(), true, restored.added());
            status.set(Ui.text("status.restored", copy.origin().toString()));
        }, error -> status.set(Ui.text("status.recoveryUnreadable", String.valueOf(error.getMessage()))));
    }

    /** A recovery copy as read, the kit it came from, and the pictures the copy holds that the kit lacks. */
    private record Restored(KitLoad copy, KitLoad origin, Map<String, byte[]> added) {
    }

    /** Forgets a recovery copy the person chose not to restore. */
    public void discardRecovery(Recovery.Copy copy) {
        recovery.discard(copy.origin());
    }

    private void updateHistoryState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** Runs every check on the current kit in the background; an older run's result is dropped. */
    private void check() {
        Kit current = kit.get();
        KitLoad original = load;
        if (current == null || original == null) {
            return;
        }
        int generation = ++checkGeneration;
        BrandFontCache brandFonts = fonts;
        KitAdditions checked = additions;
        tasks.run("check kit", () -> {
            KitLoad edited = new KitLoad(original.location(), current, original.findings(), original.originalTrees());
            try (KitFiles files = checked.over(KitFiles.open(original.location()))) {
                return KitChecks.run(edited, files, brandFonts.fontsFor(current, files), platforms, Map.of(),
                        current.languages());
            }
        }, result -> {
            if (generation == checkGeneration) {
                findings.setAll(result);
            }
        }, error -> status.set(Ui.text("status.checksFailed", String.valueOf(error.getMessage()))));
    }

    private void refreshRows() {
        Kit current = kit.get();
        OutlineItem item = selected.get();
        String language = targetLanguage.get();
        if (current == null || item == null || language == null) {
            rows.clear();
            posts.clear();
            cardPreview.set(null);
            return;
        }
        posts.show(current, item, language);
        refreshCardPreview(current, item, language);
        // A document's blocks have their own editor (DocumentBlocksPane); here are its other parts.
        List<String> keys = item.kind() == OutlineItem.Kind.DOCUMENT ? DocumentBlocksModel.partKeys(current, item.id()) : item.keys();
        String reference = referenceLanguage.get();
        rows.setAll(keys.stream().map(key -> StringRow.of(current, reference, language, key)).toList());
    }

    /** Draws the selected card with the export's own renderer, off the UI thread; a newer request wins. */
    private void refreshCardPreview(Kit current, OutlineItem item, String language) {
        if (item.kind() != OutlineItem.Kind.CARD || previews == null) {
            cardPreview.set(null);
            cardPreviewNote.set("");
            return;
        }
        int generation = ++previewGeneration;
        CardPreviews drawer = previews;
        org.campaignkit.kit.CardSize size = current.card(item.id()).map(cards::sizeFor).orElse(null);
        tasks.run("card preview", () -> drawer.draw(current, item.id(), language, size), preview -> {
            if (generation == previewGeneration) {
                cards.drawn(preview);
                cardPreview.set(preview.image());
                cardPreviewNote.set(preview.note());
            }
        }, error -> cardPreviewNote.set(Ui.text("status.previewFailed", String.valueOf(error.getMessage()))));
    }

    private static PlatformRules platformRules() {
        try {
            return PlatformRules.forUser();
        } catch (org.campaignkit.kit.KitFormatException e) {
            return PlatformRules.bundled();
        }
    }

    public ObservableList<PostPreview> posts() {
        return posts.list();
    }

    public ObjectProperty<java.awt.image.BufferedImage> cardPreviewProperty() {
        return cardPreview;
    }

    public StringProperty cardPreviewNoteProperty() {
        return cardPreviewNote;
    }

    public ReadOnlyObjectProperty<Kit> kitProperty() {
        return kit;
    }

    public StringProperty targetLanguageProperty() {
        return targetLanguage;
    }

    /** The language shown beside the target for reference; the source unless the person picks another. */
    public StringProperty referenceLanguageProperty() {
        return referenceLanguage;
    }

    /** The string the window should put the caret in (after going to a finding or the next string). */
    public StringProperty focusKeyProperty() {
        return focusKey;
    }

    public ObjectProperty<OutlineItem> selectedProperty() {
        return selected;
    }

    public ObservableList<StringRow> rows() {
        return rows;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The task runner, for the view-model parts that do slow work too. */
    /** Sending a language to a translator and taking the translation back. */
    TranslatorExchange exchange() {
        return exchange;
    }

    /** Suggestions from the translation memory for the string being edited. */
    MemorySuggestions memory() {
        return memory;
    }

    /** The person is now editing {@code key}: look for earlier translations of its source text. */
    public void editing(String key) {
        Kit current = kit.get();
        if (current != null && targetLanguage.get() != null) {
            memory.suggestFor(current, key, targetLanguage.get());
        }
    }

    /** Going to findings and strings, over this model's selection. */
    public Navigation navigation() {
        return navigation;
    }

    TaskRunner tasks() {
        return tasks;
    }

    /** The open kit's font book, shared with the parts that draw with the kit's fonts. */
    BrandFontCache brandFonts() {
        return fonts;
    }

    /** The kit as read, for exporting the edited kit with its original files. */
    KitLoad currentLoad() {
        return load;
    }

    /** Draws the selected card's preview again (another size was chosen). */
    void redrawCardPreview() {
        if (kit.get() != null && selected.get() != null && targetLanguage.get() != null) {
            refreshCardPreview(kit.get(), selected.get(), targetLanguage.get());
        }
    }

    /** Editing the selected card: size, layout, focus point, background, fit per size. */
    CardEditing cards() {
        return cards;
    }

    /** Files added to the kit since it was opened, not saved yet (new background pictures). */
    KitAdditions additions() {
        return additions;
    }

    CardPreviews cardPreviews() {
        return previews;
    }
}
