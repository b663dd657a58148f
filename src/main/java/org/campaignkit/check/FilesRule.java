package org.campaignkit.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignkit.kit.Card;
import org.campaignkit.kit.Finding;
import org.campaignkit.kit.ImageProbe;
import org.campaignkit.kit.Kit;
import org.campaignkit.kit.KitFormatException;
import org.campaignkit.kit.Severity;

/** Images and fonts the kit names exist inside it and are what they claim to be. */
final class FilesRule implements Rule {
    private static final long MAX_FONT_BYTES = 40L << 20;

    @Override
    public void check(PreflightContext context, List<Finding> findings) {
        Kit kit = context.kit();
        Map<String, String> images = new LinkedHashMap<>();
        if (kit.brand().logo() != null) {
            images.put(kit.brand().logo(), "the brand logo");
        }
        for (Card card : kit.cards()) {
            if (!card.hasColorBackground(kit.brand())) {
                images.putIfAbsent(card.background(), "the background of card \"" + card.id() + "\"");
            }
        }
        images.forEach((path, what) -> checkImage(context, path, what, findings));
        kit.brand().fonts().forEach((role, path) -> checkFont(context, path, role, findings));
    }

    private static void checkImage(PreflightContext context, String path, String what, List<Finding> findings) {
        byte[] bytes = read(context, path, ImageProbe.MAX_FILE_BYTES, what, findings);
        if (bytes == null) {
            return;
        }
        ImageProbe.Result result = ImageProbe.probe(bytes);
        if (result.ok().isEmpty()) {
            findings.add(new Finding(Severity.ERROR, "bad-image", null, null, path,
                    what + " " + result.problem() + "."));
        }
    }

    private static void checkFont(PreflightContext context, String path, String role, List<Finding> findings) {
        byte[] bytes = read(context, path, MAX_FONT_BYTES, "the " + role + " font", findings);
        if (bytes != null && !looksLikeFont(bytes)) {
            findings.add(new Finding(Severity.ERROR, "bad-font", null, null, path,
                    "the " + role + " font is not a TrueType or OpenType font file."));
        }
    }

    private static byte[] read(PreflightContext context, String path, long max, String what, List<Finding> findings) {
        if (!context.files().exists(path)) {
            findings.add(new Finding(Severity.ERROR, "missing-file", null, null, path,
                    what + " is missing from the kit (kit.json names \"" + path + "\")."));
            return null;
        }
        try {
            return context.files().read(path, max);
        } catch (KitFormatException e) {
            findings.add(e.finding());
            return null;
        }
    }

    /** TrueType (00 01 00 00 or "true"), OpenType ("OTTO") or a collection ("ttcf"). */
    static boolean looksLikeFont(byte[] b) {
        if (b.length < 12) {
            return false;
        }
        String tag = new String(b, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return (b[0] == 0 && b[1] == 1 && b[2] == 0 && b[3] == 0) || tag.equals("OTTO") || tag.equals("true")
                || tag.equals("ttcf");
    }
}
