package org.campaignkit.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.campaignkit.check.Preflight;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.KitLoad;
import org.campaignkit.kit.KitReader;
import org.campaignkit.kit.source.KitFiles;
import org.campaignkit.text.PlatformRules;

/** Reads a kit and runs the whole preflight over it, as {@code campaign-kit check} does. */
public final class Checks {
    private Checks() {
    }

    public static List<Finding> all(Path kit) {
        return all(kit, Map.of());
    }

    public static List<Finding> all(Path kit, Map<String, String> values) {
        KitLoad load = new KitReader().read(kit);
        if (load.kit() == null) {
            return load.findings();
        }
        try (KitFiles files = KitFiles.open(kit)) {
            return new Preflight().check(load, files, PlatformRules.bundled(), values, load.kit().languages());
        } catch (KitFormatException e) {
            return List.of(e.finding());
        }
    }

    /** The first finding with a code, failing the test (and showing all findings) when there is none. */
    public static Finding first(List<Finding> findings, String code) {
        List<Finding> matching = withCode(findings, code);
        if (matching.isEmpty()) {
            throw new AssertionError("expected a finding with code " + code + " in " + findings);
        }
        return matching.get(0);
    }

    public static List<Finding> withCode(List<Finding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
