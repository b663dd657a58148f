package org.campaignkit.export;

import java.util.List;
import org.campaignkit.kit.Finding;

/** The export did not start: the kit has errors, or translations are missing and fallback was not allowed. */
public class ExportRefusedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Finding> findings;

    public ExportRefusedException(List<Finding> findings) {
        super(findings.size() + " problem(s) stop the export");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
