package org.campaignkit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.testing.TestKit;
import org.campaignkit.text.PlatformRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A translator's file is hostile input: no entity or DTD is ever resolved, and size is bounded. */
class HostileFilesTest {
    @TempDir
    Path temp;
    KitLoad load;
    ExchangeService service = new ExchangeService(PlatformRules.bundled());

    @BeforeEach
    void kit() {
        load = TestKit.create(temp.resolve("kit")).load();
    }

    @Test
    void anExternalEntityIsNeverRead() throws Exception {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = write("xxe.xlf", """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "%s">]>
                <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="es">
                <file id="f"><unit id="card.c1.headline"><segment><source>Hello</source><target>&xxe;</target></segment></unit></file>
                </xliff>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> service.importFile(load, load.kit(), file)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("xxe.xlf").hasMessageContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void billionLaughsIsRefusedFastWithoutExpanding() throws Exception {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = write("laughs.xlf", "<?xml version=\"1.0\"?><!DOCTYPE xliff [" + dtd + "]>"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" version=\"1.2\"><file source-language=\"en\""
                + " target-language=\"es\"><body><trans-unit id=\"card.c1.headline\"><source>Hello</source>"
                + "<target>&lol9;</target></trans-unit></body></file></xliff>");
        long heapBefore = usedHeap();

        long started = System.nanoTime();
        assertThatThrownBy(() -> service.importFile(load, load.kit(), file)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(usedHeap() - heapBefore).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void anyDoctypeIsRefusedWithAMessage() throws Exception {
        Path file = write("doctype.xlf", """
                <?xml version="1.0"?>
                <!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "http://www.oasis-open.org/committees/xliff/documents/xliff.dtd">
                <xliff version="1.2"><file source-language="en" target-language="es"><body/></file></xliff>
                """);

        assertThatThrownBy(() -> service.importFile(load, load.kit(), file))
                .hasMessage("doctype.xlf, line 2: the file has a DOCTYPE declaration, which a translation file never needs;"
                        + " it is refused so that no entity or DTD is ever read.");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path file = temp.resolve("huge.xlf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(ExchangeLimits.MAX_BYTES + 1);
        }

        assertThatThrownBy(() -> service.importFile(load, load.kit(), file)).isInstanceOf(ExchangeException.class)
                .hasMessageContaining("huge.xlf").hasMessageContaining("50 MB");
    }

    @Test
    void brokenXmlNamesTheFileAndLine() throws Exception {
        Path file = write("broken.xlf", "<?xml version=\"1.0\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\""
                + " version=\"2.0\" srcLang=\"en\" trgLang=\"es\">\n<file id=\"f\">\n<unit id=\"a\"></file>\n");

        assertThatThrownBy(() -> service.importFile(load, load.kit(), file)).isInstanceOf(ExchangeException.class)
                .hasMessageStartingWith("broken.xlf, line 4: not well-formed XML");
    }

    private Path write(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
