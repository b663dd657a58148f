package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceholderGuardTest {
    private static final String TEXT = "Hi {{organization}}, on {{ date }}!";
    // "Hi " is 3 characters; {{organization}} spans [3, 19); "{{ date }}" spans [24, 34).

    @Test
    void findsEveryPlaceholderWithItsName() {
        assertThat(PlaceholderGuard.spans(TEXT)).containsExactly(
                new PlaceholderGuard.Span(3, 19, "organization"), new PlaceholderGuard.Span(24, 34, "date"));
    }

    @Test
    void editsOutsidePlaceholdersAndAtTheirEdgesAreAllowed() {
        assertThat(PlaceholderGuard.broken(TEXT, 0, 2)).isNull(); // "Hi"
        assertThat(PlaceholderGuard.broken(TEXT, 3, 3)).isNull(); // typing just before {{
        assertThat(PlaceholderGuard.broken(TEXT, 19, 19)).isNull(); // typing just after }}
        assertThat(PlaceholderGuard.broken(TEXT, 19, 21)).isNull(); // ", "
    }

    @Test
    void typingInsideOrDeletingPartOfAPlaceholderIsRefused() {
        assertThat(PlaceholderGuard.broken(TEXT, 5, 5)).extracting(PlaceholderGuard.Span::name).isEqualTo("organization");
        assertThat(PlaceholderGuard.broken(TEXT, 18, 19)).extracting(PlaceholderGuard.Span::name).isEqualTo("organization");
        assertThat(PlaceholderGuard.broken(TEXT, 20, 26)).extracting(PlaceholderGuard.Span::name).isEqualTo("date");
    }

    @Test
    void removingAWholePlaceholderIsADeliberateEdit() {
        assertThat(PlaceholderGuard.broken(TEXT, 3, 19)).isNull();
        assertThat(PlaceholderGuard.broken(TEXT, 0, TEXT.length())).isNull();
    }
}
