package org.campaignkit.export.card;

import java.awt.image.BufferedImage;

/** A drawn card (8-bit sRGB, no alpha) and how its text was fitted. */
public record CardRendering(BufferedImage image, CardFit fit) {
}
