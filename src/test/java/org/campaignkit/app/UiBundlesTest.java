package org.campaignkit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.campaignkit.export.OutputKind;
import org.campaignkit.export.StandardExporters;
import org.campaignkit.kit.Severity;
import org.campaignkit.kit.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every interface language has every word, with the same arguments, and every word the code asks for exists. */
class UiBundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UiBundlesTest.class.getResourceAsStream("/org/campaignkit/app/ui" + suffix + ".properties")) {
            assertThat(in).as("ui%s.properties", suffix).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_es", "_pt_BR", "_fr", "_ar"})
    void everyBundleHasEveryKeyWithTheSameArguments(String suffix) throws IOException {
        Properties english = bundle("");
        Properties other = bundle(suffix);
        assertThat(other.stringPropertyNames()).as("keys of ui%s", suffix).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            String pattern = other.getProperty(key);
            assertThat(pattern).as("%s in ui%s", key, suffix).isNotBlank();
            assertThat(arguments(pattern)).as("arguments of %s in ui%s", key, suffix).isEqualTo(arguments(english.getProperty(key)));
            new MessageFormat(pattern); // throws on a broken pattern
            assertThat(pattern.replace("''", "")).as("%s in ui%s: a lone apostrophe would vanish", key, suffix).doesNotContain("'");
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsInTheEnglishBundle() throws IOException {
        Properties english = bundle("");
        List<String> asked = new ArrayList<>();
        Pattern literal = Pattern.compile("(?:Ui\\.text|item|menu)\\(\"([a-zA-Z]+\\.[a-zA-Z.]+)\"|button\\(\"[a-z-]+\", \"([a-zA-Z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/campaignkit/app"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(source));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!key.endsWith(".")) {
                        asked.add(key);
                    }
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(50);
        assertThat(asked).allSatisfy(key -> assertThat(english).as("ui.properties").containsKey(key));
        // Keys built from values: every state, severity, output and exporter has its word.
        Stream.of(Status.values()).forEach(s -> assertThat(english).containsKey("status." + s.word()));
        Stream.of(Severity.values()).forEach(s -> assertThat(english).containsKey("severity." + s.word()));
        Stream.of(OutputKind.values()).forEach(k -> assertThat(english).containsKey("output." + k.word()));
        StandardExporters.all().forEach(e -> assertThat(english).containsKey("exporter." + e.getClass().getSimpleName()));
    }

    @Test
    void theInterfaceFollowsTheNearestShippedLanguageAndMirrorsForArabic() {
        assertThat(Ui.supported("pt-PT").toLanguageTag()).isEqualTo("pt-BR");
        assertThat(Ui.supported("fr-CA").toLanguageTag()).isEqualTo("fr");
        assertThat(Ui.supported("de").toLanguageTag()).isEqualTo("en");
        try {
            Ui.use("ar");
            assertThat(Ui.orientation()).isEqualTo(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT);
            assertThat(Ui.text("export.title")).isNotEqualTo("Export");
            Ui.use("es");
            assertThat(Ui.text("outline.messages", 9)).isNotEqualTo("Messages (9)").contains("9");
        } finally {
            Ui.use("en");
        }
        assertThat(Ui.text("outline.messages", 9)).isEqualTo("Messages (9)");
        assertThat(Ui.text("no.such.key")).isEqualTo("no.such.key");
    }
}
