package org.campaignkit.export.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Takes everything out of a JPEG file but the picture, without decoding it: EXIF (camera, GPS,
 * dates, the thumbnail of an uncropped original), XMP, IPTC, comments, multi-picture data and
 * whatever a phone appends after the image (a motion photo's video). Kept are the segments that
 * decide how the pixels look: the tables, the frame and scans, a JFIF header (without its
 * thumbnail), an ICC colour profile and the Adobe colour-transform flag.
 */
final class JpegMetadata {
    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int JFIF_WITHOUT_THUMBNAIL = 14;

    private JpegMetadata() {
    }

    /** The stripped file, and the EXIF orientation the original carried (1 when none). */
    record Stripped(byte[] bytes, int orientation) {
    }

    static Stripped strip(byte[] in) throws IOException {
        if (in.length < 4 || (in[0] & 0xFF) != 0xFF || (in[1] & 0xFF) != SOI) {
            throw damaged();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 2);
        int orientation = 1;
        int at = 2;
        while (true) {
            if (at >= in.length || (in[at] & 0xFF) != 0xFF) {
                throw damaged();
            }
            while (at < in.length && (in[at] & 0xFF) == 0xFF) {
                at++; // fill bytes before a marker
            }
            if (at >= in.length) {
                throw damaged();
            }
            int marker = in[at++] & 0xFF;
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return new Stripped(out.toByteArray(), orientation);
            }
            if (standalone(marker)) {
                out.write(0xFF);
                out.write(marker);
                continue;
            }
            if (at + 2 > in.length) {
                throw damaged();
            }
            int length = ((in[at] & 0xFF) << 8) | (in[at + 1] & 0xFF);
            if (length < 2 || at + length > in.length) {
                throw damaged();
            }
            int dataStart = at + 2;
            int dataLength = length - 2;
            int next = at + length;
            if (marker == APP1) {
                byte[] data = java.util.Arrays.copyOfRange(in, dataStart, next);
                int found = ExifOrientation.fromExif(data);
                orientation = found > 0 ? found : orientation;
            } else if (marker == APP0) {
                writeJfifWithoutThumbnail(in, dataStart, dataLength, out);
            } else if (keeps(marker, in, dataStart, dataLength)) {
                out.write(0xFF);
                out.write(marker);
                out.write(in, at, length);
            }
            if (marker == SOS) {
                int end = endOfScan(in, next);
                out.write(in, next, end - next);
                next = end;
            }
            at = next;
        }
    }

    /** Markers without a length: TEM and the restart markers. */
    private static boolean standalone(int marker) {
        return marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
    }

    /** Everything but application segments and comments, and of those only the colour-relevant ones. */
    private static boolean keeps(int marker, byte[] in, int start, int length) {
        if (marker == APP2) {
            return startsWith(in, start, length, "ICC_PROFILE\0");
        }
        if (marker == APP14) {
            return startsWith(in, start, length, "Adobe");
        }
        boolean application = marker >= 0xE0 && marker <= 0xEF;
        boolean comment = marker == 0xFE;
        return !application && !comment;
    }

    /** A JFIF header keeps its version and pixel density; its thumbnail (a copy of the picture) goes. */
    private static void writeJfifWithoutThumbnail(byte[] in, int start, int length, ByteArrayOutputStream out) {
        if (length < JFIF_WITHOUT_THUMBNAIL - 2 || !startsWith(in, start, length, "JFIF\0")) {
            return; // JFXX thumbnails and unknown APP0 segments are dropped
        }
        out.write(0xFF);
        out.write(APP0);
        out.write(0);
        out.write(JFIF_WITHOUT_THUMBNAIL + 2);
        out.write(in, start, JFIF_WITHOUT_THUMBNAIL - 2);
        out.write(0); // thumbnail width
        out.write(0); // thumbnail height
    }

    /** Where a scan's entropy-coded data ends: at the first marker that is neither a stuffed 0xFF nor a restart. */
    private static int endOfScan(byte[] in, int from) throws IOException {
        for (int i = from; i + 1 < in.length; i++) {
            if ((in[i] & 0xFF) != 0xFF) {
                continue;
            }
            int next = in[i + 1] & 0xFF;
            if (next == 0 || (next >= 0xD0 && next <= 0xD7)) {
                i++;
            } else if (next != 0xFF) {
                return i;
            }
        }
        throw damaged();
    }

    private static boolean startsWith(byte[] in, int start, int length, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (in[start + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    private static IOException damaged() {
        return new IOException("is a damaged JPEG file (it ends early or its segments do not add up)");
    }
}
