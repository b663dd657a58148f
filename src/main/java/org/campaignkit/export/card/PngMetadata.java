package org.campaignkit.export.card;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes everything out of a PNG file but the picture, without decoding it: text chunks (where XMP,
 * GPS and software names live), EXIF, times, private chunks (content credentials) and anything
 * after the end. Kept are the chunks that decide how the pixels look. Chunks are copied whole,
 * checksums included.
 */
final class PngMetadata {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> PICTURE = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT");

    private PngMetadata() {
    }

    static byte[] strip(byte[] in) throws IOException {
        if (in.length < SIGNATURE.length || !java.util.Arrays.equals(in, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw damaged();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, SIGNATURE.length);
        int at = SIGNATURE.length;
        while (at + 12 <= in.length) {
            long length = ((long) (in[at] & 0xFF) << 24) | ((in[at + 1] & 0xFF) << 16) | ((in[at + 2] & 0xFF) << 8)
                    | (in[at + 3] & 0xFF);
            if (length > in.length - at - 12L) {
                throw damaged();
            }
            String type = new String(in, at + 4, 4, StandardCharsets.ISO_8859_1);
            int whole = (int) length + 12;
            if (PICTURE.contains(type)) {
                out.write(in, at, whole);
            }
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
            at += whole;
        }
        throw damaged();
    }

    private static IOException damaged() {
        return new IOException("is a damaged PNG file (it ends early or its chunks do not add up)");
    }
}
