package org.campaignkit.check;

import java.util.List;
import org.campaignkit.kit.Finding;

/** One preflight check. Rules are independent and report everything they find. */
public interface Rule {
    void check(PreflightContext context, List<Finding> findings);
}
