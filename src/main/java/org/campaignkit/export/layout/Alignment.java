package org.campaignkit.export.layout;

/** Where lines sit: START and END follow the paragraph's direction (START is right for Arabic). */
public enum Alignment {
    START, CENTER, END
}
