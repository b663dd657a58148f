package org.campaignkit.export.bench;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.Exporter;
import org.campaignkit.export.LocalizedTexts;
import org.campaignkit.export.OutputKind;

/** Wraps an exporter to add its time, all languages together, to one phase of the clock. */
final class TimedExporter implements Exporter {
    private final Exporter inner;
    private final PhaseClock clock;
    private final String phase;

    TimedExporter(Exporter inner, PhaseClock clock, String phase) {
        this.inner = inner;
        this.clock = clock;
        this.phase = phase;
    }

    @Override
    public Set<OutputKind> kinds() {
        return inner.kinds();
    }

    @Override
    public List<ExportedFile> export(ExportContext context, LocalizedTexts texts, ExportSink sink) throws IOException {
        long start = System.nanoTime();
        try {
            return inner.export(context, texts, sink);
        } finally {
            clock.add(phase, System.nanoTime() - start);
        }
    }
}
