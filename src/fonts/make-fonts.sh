#!/usr/bin/env bash
# Rebuilds the fonts bundled in src/main/resources/org/campaignkit/fonts from their sources, so
# anyone can check where each file came from. Needs Debian's fonts-noto-core, fonts-noto-cjk and
# fonttools, and npm (for Noto Emoji, the monochrome OFL emoji font, which Debian does not ship):
#   apt-get install -y fonts-noto-core fonts-noto-cjk fonttools
# Run from the repository root: bash src/fonts/make-fonts.sh
set -euo pipefail
OUT=src/main/resources/org/campaignkit/fonts
NOTO=/usr/share/fonts/truetype/noto
CJK=/usr/share/fonts/opentype/noto
PY=/usr/bin/python3          # Debian's python, where fonttools is installed
mkdir -p "$OUT"

# Latin, Greek and Cyrillic; Arabic; Hebrew; Devanagari: whole fonts, as Debian ships them.
for f in NotoSans-Regular NotoSans-Bold NotoSans-Italic NotoSans-BoldItalic \
         NotoSansArabic-Regular NotoSansArabic-Bold NotoSansHebrew-Regular NotoSansHebrew-Bold \
         NotoSansDevanagari-Regular NotoSansDevanagari-Bold; do
  cp "$NOTO/$f.ttf" "$OUT/$f.ttf"
done

# Chinese: the full CJK collections are 20 MB each. Keep what modern text uses: GB 2312 for
# Simplified, Big5 level 1 for Traditional, CJK punctuation and full-width forms, plus every
# character of the bundled kit. Text outside the subset is a preflight finding, never a box.
charset() { # gb2312|big5, output file
$PY - "$1" "$2" <<'PYEOF'
import sys, glob
which, target = sys.argv[1], sys.argv[2]
out = set()
if which == 'gb2312':
    rows = [(hi, range(0xA1, 0xFF)) for hi in range(0xA1, 0xF8)]          # GB 2312: symbols and hanzi
else:
    rows = [(hi, list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF))) for hi in range(0xA1, 0xC7)]  # Big5 level 1
for hi, los in rows:
    for lo in los:
        try: out.add(bytes([hi, lo]).decode(which))
        except UnicodeDecodeError: pass
for path in glob.glob('kits/*/texts/*.json'):
    out.update(open(path, encoding='utf-8').read())
for lo, hi in [(0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0xFF00, 0xFFEF)]:
    out.update(chr(c) for c in range(lo, hi + 1))
open(target, 'w', encoding='utf-8').write(''.join(sorted(out)))
PYEOF
}
subset() { # collection index, source, character file, output
  pyftsubset "$2" --font-number="$1" --text-file="$3" --output-file="$4" \
    --no-hinting --name-IDs='*' --name-languages='*' --notdef-outline --layout-features='*'
}
sc=$(mktemp); tc=$(mktemp)
charset gb2312 "$sc"
charset big5 "$tc"
work=$(mktemp -d)
subset 2 "$CJK/NotoSansCJK-Regular.ttc" "$sc" "$work/sc-regular.otf"
subset 2 "$CJK/NotoSansCJK-Bold.ttc" "$sc" "$work/sc-bold.otf"
subset 3 "$CJK/NotoSansCJK-Regular.ttc" "$tc" "$work/tc-regular.otf"
# TrueType outlines, so glyph ids and CIDs agree for every PDF and layout engine (see otf2ttf.py).
$PY src/fonts/otf2ttf.py "$work/sc-regular.otf" "$OUT/NotoSansCJKsc-Regular.ttf"
$PY src/fonts/otf2ttf.py "$work/sc-bold.otf" "$OUT/NotoSansCJKsc-Bold.ttf"
$PY src/fonts/otf2ttf.py "$work/tc-regular.otf" "$OUT/NotoSansCJKtc-Regular.ttf"
rm -rf "$sc" "$tc" "$work"

# Monochrome emoji (so message sheets show emoji as glyphs, not boxes).
tmp=$(mktemp -d)
(cd "$tmp" && npm pack -q @expo-google-fonts/noto-emoji@0.4.7 >/dev/null && tar xzf ./*.tgz)
cp "$tmp/package/400Regular/NotoEmoji_400Regular.ttf" "$OUT/NotoEmoji-Regular.ttf"
rm -rf "$tmp"

cp /usr/share/doc/fonts-noto-core/copyright "$OUT/LICENSE-noto-debian-copyright.txt" 2>/dev/null || true
ls -la "$OUT"
