package org.campaignkit.kit;

/** A {@code {{name}}} placeholder the kit declares, with the key of its label. */
public record Variable(String name, String labelKey, boolean required, VariableType type) {
}
