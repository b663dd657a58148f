package org.campaignkit.app;

import java.util.List;
import java.util.Optional;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Kit;

/**
 * Finding one's way through a kit by keyboard or from the checks: going to what a finding is
 * about, the next finding, the next or previous string across items. It moves the composer's
 * selection, target language and focused string; the window follows those.
 */
public final class Navigation {
    private final ComposerViewModel model;

    Navigation(ComposerViewModel model) {
        this.model = model;
    }

    /** Shows what a finding is about: its language as target, its item selected, its string focused. */
    public void goTo(Finding finding) {
        Kit current = model.kitProperty().get();
        if (current == null || finding == null) {
            return;
        }
        if (finding.language() != null && current.languages().contains(finding.language())
                && !finding.language().equals(current.sourceLanguage())) {
            model.targetLanguageProperty().set(finding.language());
        }
        OutlineNavigation.itemFor(OutlineItem.of(current), finding).ifPresent(item -> {
            model.selectedProperty().set(item);
            model.focusKeyProperty().set(null);
            model.focusKeyProperty().set(item.keys().contains(finding.key()) ? finding.key() : null);
        });
    }

    /** The finding after {@code current} among those for the target language (the first after the last). */
    public Optional<Finding> nextFinding(Finding current) {
        List<Finding> shown = findingsForTarget();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int at = shown.indexOf(current);
        return Optional.of(shown.get((at + 1) % shown.size()));
    }

    /** The findings the window lists: the target language's and those of the whole kit. */
    public List<Finding> findingsForTarget() {
        String language = model.targetLanguageProperty().get();
        return model.findings().stream().filter(f -> f.language() == null || f.language().equals(language)).toList();
    }

    /**
     * Moves to the string after {@code key} in the selected item, or to the first string of the
     * next item in the outline (wrapping round), so a translator can work through the kit by keyboard.
     */
    public void nextString(String key, int step) {
        Kit current = model.kitProperty().get();
        OutlineItem item = model.selectedProperty().get();
        if (current == null) {
            return;
        }
        List<OutlineItem> items = OutlineNavigation.leaves(OutlineItem.of(current)).stream()
                .filter(i -> !i.keys().isEmpty()).toList();
        if (items.isEmpty()) {
            return;
        }
        int itemAt = item == null ? -1 : items.indexOf(item);
        int keyAt = itemAt < 0 || key == null ? -1 : items.get(itemAt).keys().indexOf(key);
        if (itemAt >= 0 && keyAt >= 0 && keyAt + step >= 0 && keyAt + step < items.get(itemAt).keys().size()) {
            model.focusKeyProperty().set(null);
            model.focusKeyProperty().set(items.get(itemAt).keys().get(keyAt + step));
            return;
        }
        OutlineItem next = items.get(Math.floorMod((itemAt < 0 && step < 0 ? 0 : itemAt) + step, items.size()));
        model.selectedProperty().set(next);
        model.focusKeyProperty().set(null);
        model.focusKeyProperty().set(step > 0 ? next.keys().get(0) : next.keys().get(next.keys().size() - 1));
    }
}
