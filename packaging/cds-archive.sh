#!/bin/sh
# AppCDS, step 2: makes lib/app/campaign-kit.jsa from lib/app/campaign-kit.classlist for the class
# path of the program where it is installed (an archive serves only the paths it was made with).
# The launcher names the archive (-XX:SharedArchiveFile, -Xshare:auto): while it is missing or stale
# the program starts as usual, only slower. Needs no display. Usage: lib/app/cds-archive.sh [remove]
set -e
APPDIR=$(cd "$(dirname "$0")" && pwd)
IMAGE=$(dirname "$(dirname "$APPDIR")")
if [ "${1:-}" = remove ]; then rm -f "$APPDIR/campaign-kit.jsa"; exit 0; fi
[ -s "$APPDIR/campaign-kit.classlist" ] || { echo "cds-archive: no class list, nothing to do"; exit 0; }
CP=$(grep '^app.classpath=' "$APPDIR/campaign-kit.cfg" | sed "s#^app.classpath=\\\$APPDIR#$APPDIR#" | paste -sd: -)
rm -f "$APPDIR/campaign-kit.jsa"
"$IMAGE/lib/runtime/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx250m \
  --add-modules javafx.base,javafx.graphics,javafx.controls,javafx.swing \
  -Xshare:dump -XX:SharedClassListFile="$APPDIR/campaign-kit.classlist" \
  -XX:SharedArchiveFile="$APPDIR/campaign-kit.jsa" -cp "$CP" >/dev/null 2>&1 \
  || { rm -f "$APPDIR/campaign-kit.jsa"; echo "cds-archive: could not make the archive; the program starts without it" >&2; exit 0; }
chmod 644 "$APPDIR/campaign-kit.jsa"
