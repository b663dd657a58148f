package org.campaignkit.kit;

/** How much a finding matters: errors stop an export, warnings and infos do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
