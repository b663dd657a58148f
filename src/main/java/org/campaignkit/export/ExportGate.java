package org.campaignkit.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.Severity;

/**
 * Decides from the preflight findings whether an export may start. Errors stop it; so do a
 * required value left empty (only a warning while checking) and missing translations, unless the
 * person allowed the source text to stand in.
 */
final class ExportGate {
    private ExportGate() {
    }

    static List<Finding> blocking(Collection<Finding> findings, boolean allowMissing) {
        List<Finding> blocking = new ArrayList<>();
        for (Finding f : findings) {
            boolean missingValue = f.code().equals("missing-value");
            boolean missingText = f.code().equals("missing-translation") || f.code().equals("missing-language-file");
            if (f.isError() && !(missingText && allowMissing)) {
                blocking.add(f);
            } else if (missingValue || (missingText && !allowMissing)) {
                blocking.add(new Finding(Severity.ERROR, f.code(), f.language(), f.key(), f.file(),
                        f.message() + (missingText ? " Export with --allow-missing to use the source text." : "")));
            }
        }
        return blocking;
    }
}
