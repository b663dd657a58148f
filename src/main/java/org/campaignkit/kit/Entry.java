package org.campaignkit.kit;

/**
 * One translatable string in one language. {@code status}, {@code source} and {@code note} are
 * null when the file gave a plain string, so that writing it back gives a plain string again.
 */
public record Entry(String text, Status status, String source, String note) {

    public static Entry plain(String text) {
        return new Entry(text, null, null, null);
    }

    public boolean isPlain() {
        return status == null && source == null && note == null;
    }

    /** The status a person sees: a plain string is a finished translation. */
    public Status effectiveStatus() {
        return status == null ? Status.TRANSLATED : status;
    }

    /** True when this translation was made from a source text that has since changed. */
    public boolean isStaleAgainst(String currentSource) {
        return source != null && currentSource != null && !source.equals(currentSource);
    }

    public Entry withText(String newText) {
        return isPlain() ? plain(newText) : new Entry(newText, status, source, note);
    }

    public Entry withStatus(Status newStatus) {
        return new Entry(text, newStatus, source, note);
    }
}
