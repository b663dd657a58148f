package org.campaignkit.export.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.campaignkit.export.ExportContext;
import org.campaignkit.export.ExportSink;
import org.campaignkit.export.ExportedFile;
import org.campaignkit.export.OrderedParallel;

/**
 * Renders laid-out documents on the machine's cores and writes them in their own order, so a
 * PDF and a DOCX of the same layout, or several documents, are made at once yet always land the same.
 */
public final class RenderJobs {
    /** Documents are small; two in flight per core keeps memory flat. */
    private static final int MAX_THREADS = 4;

    /** One file to make: where it goes, what the manifest says, and which writer renders which layout. */
    public record Job(String path, ExportSink.Meta meta, DocumentRenderer renderer, DocumentLayout layout) {
    }

    private RenderJobs() {
    }

    public static List<ExportedFile> run(List<Job> jobs, ExportContext context, ExportSink sink) throws IOException {
        List<ExportedFile> written = new ArrayList<>();
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        OrderedParallel.run(jobs, threads, job -> 1, threads, job -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            job.renderer().render(job.layout(), context, bytes);
            return bytes.toByteArray();
        }, (job, bytes) -> written.add(sink.write(job.path(), job.meta(), out -> out.write(bytes))));
        return written;
    }
}
