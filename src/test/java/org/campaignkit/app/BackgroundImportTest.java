package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BackgroundImportTest {
    private static final Set<String> TAKEN = Set.of("images/rally.jpg", "images/rally-2.jpg", "images/safeguards.png");

    private static String name(String file, String extension) {
        return BackgroundImport.freeName(file, extension, "safeguards", path -> TAKEN.contains(path.toLowerCase()));
    }

    @Test
    void aNameIsPlainLettersUnderImagesWithTheExtensionOfWhatTheFileReallyIs() {
        assertThat(name("Plaza de Mayo (1).JPG", ".jpg")).isEqualTo("images/plaza-de-mayo-1.jpg");
        assertThat(name("Manifestação São Paulo.jpeg", ".jpg")).isEqualTo("images/manifestacao-sao-paulo.jpg");
        assertThat(name("photo.gif.png", ".png")).isEqualTo("images/photo-gif.png");
        assertThat(name("really-a-png.jpg", ".png")).isEqualTo("images/really-a-png.png");
        assertThat(name("my.photo.v2.jpg", ".jpg")).isEqualTo("images/my-photo-v2.jpg");
        assertThat(name("a".repeat(300) + ".png", ".png")).hasSize("images/".length() + 48 + ".png".length());
    }

    @Test
    void aNameInAnotherScriptFallsBackToTheCardsIdAndTakenNamesGetANumber() {
        assertThat(name("مظاهرة.jpg", ".jpg")).isEqualTo("images/safeguards.jpg");
        assertThat(name("抗议.png", ".png")).as("images/safeguards.png is taken").isEqualTo("images/safeguards-2.png");
        assertThat(name("Rally.JPG", ".jpg")).isEqualTo("images/rally-3.jpg");
        assertThat(BackgroundImport.freeName("###.png", ".png", "", path -> false)).isEqualTo("images/background.png");
    }
}
