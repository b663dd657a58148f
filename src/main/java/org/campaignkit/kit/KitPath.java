package org.campaignkit.kit;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for every path a kit names: relative, forward slashes, inside the kit. A kit is a file
 * from a stranger, so "../", absolute paths, drive letters and backslashes are refused before any
 * file system is touched.
 */
public final class KitPath {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int MAX_LENGTH = 512;

    private KitPath() {
    }

    /** Returns the normalized path, or empty when it would leave the kit or is not a plain relative path. */
    public static Optional<String> normalize(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (path.startsWith("/") || path.contains("\\") || DRIVE.matcher(path).matches() || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                return Optional.empty();
            }
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(part);
        }
        return out.length() == 0 ? Optional.empty() : Optional.of(out.toString());
    }
}
