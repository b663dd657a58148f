#!/usr/bin/env bash
# AppCDS, step 1 (at build time): the list of classes a start of the window loads, written into the
# app image as lib/app/campaign-kit.classlist. Needs a display: Xvfb is started when there is none.
# Without Xvfb (a CI machine), the list comes from a command-line export of one card, which loads
# the kit, text and export classes but not the window's: the start-up gain is smaller, nothing breaks.
# Step 2 (packaging/cds-archive.sh, shipped in the image as lib/app/cds-archive.sh) turns the list into
# the archive where the program is installed, because an archive only serves the class path it was
# made for; the .deb's postinst runs it. Usage: packaging/make-cds.sh <app-image> [auto|off|required]
set -euo pipefail
IMAGE=${1:?app image}; MODE=${2:-auto}
APPDIR=$IMAGE/lib/app
LIST=$APPDIR/campaign-kit.classlist
KIT=$(cd "$(dirname "$0")/.." && pwd)/kits/un-cybercrime-treaty
cp "$(dirname "$0")/cds-archive.sh" "$APPDIR/cds-archive.sh"; chmod 755 "$APPDIR/cds-archive.sh"
[ "$MODE" = off ] && { echo "make-cds: skipped (CK_CDS=off)"; exit 0; }
CP=$(grep '^app.classpath=' "$APPDIR/campaign-kit.cfg" | sed "s#^app.classpath=\\\$APPDIR#$APPDIR#" | paste -sd:)
JAVA=$IMAGE/lib/runtime/bin/java
OPTS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx250m --add-modules javafx.base,javafx.graphics,javafx.controls,javafx.swing)
WORK=$(mktemp -d); XVFB_PID=
trap '[ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
display=${DISPLAY:-}
if [ -z "$display" ] && command -v Xvfb >/dev/null; then
  for n in $(seq 150 170); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & XVFB_PID=$!
    sleep 1; display=:$n; break
  done
fi
if [ -n "$display" ]; then
  echo "make-cds: class list from a start of the window on $display"
  env -i HOME="$WORK" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" DISPLAY="$display" \
    timeout 120 "$JAVA" "${OPTS[@]}" -XX:DumpLoadedClassList="$LIST" \
    -Dcampaignkit.startupReport=true -Dcampaignkit.exitWhenShown=true -Dcampaignkit.recovery="$WORK/recovery" -Dcampaignkit.kit="$KIT" \
    -cp "$CP" org.campaignkit.Launcher >/dev/null 2>&1 || rm -f "$LIST"
fi
if [ ! -s "$LIST" ]; then
  [ "$MODE" = required ] && { echo "make-cds: no display to start the window on (CK_CDS=required)" >&2; exit 1; }
  echo "make-cds: no display; class list from a command-line export (window classes not included)"
  env -i HOME="$WORK" DISPLAY= "$JAVA" "${OPTS[@]}" -XX:DumpLoadedClassList="$LIST" -cp "$CP" \
    org.campaignkit.Launcher export --kit "$KIT" --lang es --out "$WORK/out" --only card >/dev/null
fi
# Classes generated at run time (lambda forms, proxies) cannot be preloaded: leave them out.
grep -v -e '\$\$Lambda' -e 'jdk/proxy' -e '^#' "$LIST" > "$WORK/list" && mv "$WORK/list" "$LIST"
echo "make-cds: $(wc -l <"$LIST") classes in $(basename "$LIST")"
