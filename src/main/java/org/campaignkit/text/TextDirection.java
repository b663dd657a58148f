package org.campaignkit.text;

/** Which way a paragraph runs. */
public enum TextDirection {
    LTR, RTL
}
