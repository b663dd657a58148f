package org.campaignkit.export.card;

import java.awt.image.BufferedImage;

/**
 * A drawn card (8-bit sRGB, no alpha), how its text was fitted, and which part of its background
 * picture it shows ({@code crop}; null for a brand colour or a missing picture).
 */
public record CardRendering(BufferedImage image, CardFit fit, BackgroundCrop crop) {
}
