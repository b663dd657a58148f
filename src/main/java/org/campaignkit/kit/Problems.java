package org.campaignkit.kit;

import java.util.ArrayList;
import java.util.List;

/** Collects findings for one file while it is read; each names the file and a JSON pointer. */
final class Problems {
    private final String file;
    private final List<Finding> sink;

    Problems(String file, List<Finding> sink) {
        this.file = file;
        this.sink = sink;
    }

    String file() {
        return file;
    }

    void invalid(String pointer, String message) {
        sink.add(Finding.error("invalid-kit", file, "at " + pointer + ": " + message));
    }

    void add(Severity severity, String code, String pointer, String message) {
        String text = pointer == null ? message : "at " + pointer + ": " + message;
        sink.add(new Finding(severity, code, null, null, file, text));
    }

    void add(Finding finding) {
        sink.add(finding);
    }

    static List<Finding> list() {
        return new ArrayList<>();
    }
}
