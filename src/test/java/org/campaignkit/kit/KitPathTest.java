package org.campaignkit.kit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KitPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"../secret.png", "images/../../x.png", "/etc/passwd", "C:\\Windows\\x.png", "C:/x.png",
            "images\\bg.png", "", "..", "images/..", "a/\0b"})
    void refusesPathsThatLeaveTheKit(String path) {
        assertThat(KitPath.normalize(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"images/bg.png", "./images/bg.png", "images//bg.png", "fonts/Brand-Bold.ttf"})
    void acceptsPathsInside(String path) {
        assertThat(KitPath.normalize(path)).isPresent();
    }

    @org.junit.jupiter.api.Test
    void normalizesDotsAndDoubleSlashes() {
        assertThat(KitPath.normalize("./images//bg.png")).contains("images/bg.png");
    }
}
