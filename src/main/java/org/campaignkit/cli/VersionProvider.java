package org.campaignkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The program's version, from a file Maven fills in at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/org/campaignkit/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Campaign Kit Composer " + version(), "Kit format campaign-kit/1",
                "Java " + System.getProperty("java.version")};
    }
}
