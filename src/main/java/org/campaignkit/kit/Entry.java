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

    /**
     * True when this is still the source text copied in when the language was added: a draft whose
     * text is exactly the current source. Such an entry is untranslated; exporting it as the
     * language would ship the source language under another name.
     */
    public boolean isUntranslatedCopy(String currentSource) {
        return status == Status.DRAFT && currentSource != null && text.equals(currentSource);
    }

    /** A draft copy of a source text, the starting point of a language just added. */
    public static Entry draftCopyOf(String sourceText) {
        return new Entry(sourceText, Status.DRAFT, sourceText, null);
    }

    public Entry withText(String newText) {
        return isPlain() ? plain(newText) : new Entry(newText, status, source, note);
    }

    public Entry withStatus(Status newStatus) {
        return new Entry(text, newStatus, source, note);
    }
}
