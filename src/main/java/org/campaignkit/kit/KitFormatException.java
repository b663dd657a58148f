package org.campaignkit.kit;

/** A kit could not be read at all; carries the finding that says why, for the person. */
public class KitFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Finding finding;

    public KitFormatException(Finding finding) {
        super(finding.file() + ": " + finding.message());
        this.finding = finding;
    }

    public Finding finding() {
        return finding;
    }
}
