package org.campaignkit.export.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

class CoverCropTest {

    @Test
    void aSquarePhotoOnAWideCardKeepsItsWidthAndMovesToTheFocus() {
        Rectangle2D region = CoverCrop.region(2400, 2400, 1600, 900, 0.5, 0.4, new Point2D.Double(800, 450));
        assertThat(region.getWidth()).isEqualTo(2400);
        assertThat(region.getHeight()).isCloseTo(1350, within(1e-9));
        // The focus point (y = 960) lands in the middle of the card: 960 - 1350 / 2.
        assertThat(region.getY()).isCloseTo(285, within(1e-9));
    }

    @Test
    void theFocusLandsWhereAskedWhenTheEdgesAllowAndOtherwiseAsNearAsTheyDo() {
        // The part of the card above a band is 0..600; its middle is y = 300.
        Rectangle2D aboveBand = CoverCrop.region(2400, 2400, 1600, 900, 0.5, 0.4, new Point2D.Double(800, 300));
        double scale = 1600.0 / 2400;
        assertThat((0.4 * 2400 - aboveBand.getY()) * scale).isCloseTo(300, within(1e-6));
        // A focus at the very top cannot move below the image's top edge.
        Rectangle2D atTop = CoverCrop.region(2400, 2400, 1600, 900, 0.5, 0.0, new Point2D.Double(800, 450));
        assertThat(atTop.getY()).isZero();
    }

    @Test
    void theFocusPointIsAlwaysInsideTheCropAndTheCropInsideThePhoto() {
        int[][] photos = {{2400, 2400}, {4000, 1000}, {600, 3000}, {100, 100}};
        int[][] cards = {{1080, 1080}, {1080, 1920}, {1600, 900}, {1500, 500}};
        double[] focuses = {0, 0.13, 0.5, 0.87, 1};
        for (int[] photo : photos) {
            for (int[] card : cards) {
                for (double fx : focuses) {
                    for (double fy : focuses) {
                        Point2D target = new Point2D.Double(card[0] * fy, card[1] * fx);
                        Rectangle2D r = CoverCrop.region(photo[0], photo[1], card[0], card[1], fx, fy, target);
                        assertThat(r.getMinX()).isGreaterThanOrEqualTo(0);
                        assertThat(r.getMinY()).isGreaterThanOrEqualTo(0);
                        assertThat(r.getMaxX()).isLessThanOrEqualTo(photo[0] + 1e-9);
                        assertThat(r.getMaxY()).isLessThanOrEqualTo(photo[1] + 1e-9);
                        assertThat(r.getWidth() / r.getHeight()).isCloseTo((double) card[0] / card[1], within(1e-9));
                        assertThat(fx * photo[0]).isBetween(r.getMinX() - 1e-9, r.getMaxX() + 1e-9);
                        assertThat(fy * photo[1]).isBetween(r.getMinY() - 1e-9, r.getMaxY() + 1e-9);
                    }
                }
            }
        }
    }
}
