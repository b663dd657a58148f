package org.campaignkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBlocksTest {
    @Test
    void blankLinesSeparateParagraphs() {
        assertThat(TextBlocks.paragraphs("One.\nStill one.\n\nTwo.\n \nThree.\r\n\r\nFour."))
                .containsExactly("One.\nStill one.", "Two.", "Three.", "Four.");
    }

    @Test
    void listItemsAreLinesWithAnOptionalDash() {
        assertThat(TextBlocks.listItems("- first\nsecond\n\n-  third \n- ")).containsExactly("first", "second", "third");
    }
}
