#!/usr/bin/env bash
# Builds the self-contained runtime (jlink/), the AppCDS archive, the jpackage app image and the .deb
# (packaging/). Called by `./mvnw -Pdist -DskipTests package` with the project's runtime class path;
# it can also be run by hand after `./mvnw -q -DskipTests package`:
#   packaging/build-dist.sh <runtime-classpath> <version> [app-image|deb|all]
# Writes target/dist/runtime, target/dist/image/campaign-kit and target/dist/*.deb.
# Environment: CK_CDS=auto|off|required (default auto: made when Xvfb or a DISPLAY is there).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CLASSPATH_IN=${1:?runtime class path}
VERSION=${2:?version}
WHAT=${3:-all}
CDS=${CK_CDS:-auto}
APP=campaign-kit
DIST=$ROOT/target/dist
JOPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx250m"
JFX_MODULES=javafx.base,javafx.graphics,javafx.controls,javafx.swing

die() { echo "build-dist: $*" >&2; exit 1; }
for tool in jlink jpackage; do
  command -v "$tool" >/dev/null || die "'$tool' not found: it comes with a full JDK 17 (not a JRE); put its bin/ on PATH."
done
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink)")")")}
[ -d "$JAVA_HOME/jmods" ] || die "$JAVA_HOME/jmods is missing: jlink needs the JDK's jmods (Debian: openjdk-17-jmods)."

# jpackage wants a version of numbers only: 0.1.0-SNAPSHOT -> 0.1.0
NUMERIC_VERSION=$(echo "$VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
APP_JAR=$ROOT/target/campaign-kit-composer-$VERSION.jar
[ -f "$APP_JAR" ] || die "$APP_JAR is missing: run the package phase first."

rm -rf "$DIST"; mkdir -p "$DIST/jfx" "$DIST/input"
# The class path splits in two: JavaFX's modular linux jars go on jlink's module path (into the
# runtime); the app's own jar and its other (non-modular) dependencies go on the class path.
IFS=: read -ra ENTRIES <<<"$CLASSPATH_IN"
for e in "${ENTRIES[@]}"; do
  case "$e" in
    */org/openjfx/*-linux.jar) cp "$e" "$DIST/jfx/" ;;
    */org/openjfx/*) ;;                       # the empty per-platform placeholder jars
    */target/classes) ;;                      # replaced by the app jar
    *.jar) cp "$e" "$DIST/input/" ;;
  esac
done
cp "$APP_JAR" "$DIST/input/$APP.jar"
# The bundled kit travels with the program (lib/app/kits); the launcher opens it by default.
mkdir -p "$DIST/input/kits" && cp -r kits/un-cybercrime-treaty "$DIST/input/kits/"

# Debian's JDK ships libjvm.so and friends with their symbol tables (libjvm.so: 24 MB, 20 MB without);
# the runtime needs only the dynamic symbols, which --strip-unneeded keeps.
strip_libraries() {
  command -v objcopy >/dev/null || return 0
  find "$1/lib" -name '*.so' -exec objcopy --strip-unneeded {} \;
}

# --- jlink: JDK modules from jdeps (jlink/jdk-modules.txt) + JavaFX modules -------------------
JDK_MODULES=$(grep -v '^#' jlink/jdk-modules.txt | tr -s ' \n' ',' | sed 's/^,//; s/,$//')
# --strip-debug, spelled out: Java debug attributes, and the native symbols (libjvm.so alone shrinks
# by several MB) when objcopy is there.
STRIP=--strip-debug
command -v objcopy >/dev/null && STRIP="--strip-java-debug-attributes --strip-native-debug-symbols=exclude-debuginfo-files"
echo "build-dist: jlink $JDK_MODULES,$JFX_MODULES"
jlink --module-path "$JAVA_HOME/jmods:$DIST/jfx" \
  --add-modules "$JDK_MODULES,$JFX_MODULES" \
  $STRIP --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,es,pt,fr,ar,ru,zh,id \
  --output "$DIST/runtime"
strip_libraries "$DIST/runtime"

# --- jpackage: the app image ---------------------------------------------------------------------
IMAGE=$DIST/image/$APP
common=(--name "$APP" --app-version "$NUMERIC_VERSION" --vendor "Campaign Kit Composer project"
  --description "Open a campaign kit, localize it, check it and export its materials, offline."
  --copyright "Campaign Kit Composer project")
jpackage --type app-image "${common[@]}" --dest "$DIST/image" \
  --runtime-image "$DIST/runtime" --input "$DIST/input" \
  --main-jar "$APP.jar" --main-class org.campaignkit.Launcher \
  --icon packaging/icons/campaign-kit.png \
  --java-options "$JOPTS --add-modules $JFX_MODULES -Xshare:auto -XX:SharedArchiveFile=\$APPDIR/campaign-kit.jsa -Dcampaignkit.kit=\$APPDIR/kits/un-cybercrime-treaty"

# --- AppCDS: a dynamic archive of the classes a start of the window loads -----------------------
# Made with the image's own runtime and class path, then named in the launcher's options.
packaging/make-cds.sh "$IMAGE" "$CDS"

[ "$WHAT" = app-image ] && { du -sh "$IMAGE"; exit 0; }

# jpackage adds the libraries the runtime's own native code links (found with dpkg -S); JavaFX
# loads GTK 3, OpenGL and fontconfig at run time, so they are named here.
# --- jpackage: the .deb ----------------------------------------------------------------------
command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null || die "the .deb needs dpkg-deb and fakeroot."
# The package is compressed with xz, which does far better on the runtime's classes than jlink's own
# zip (already-zipped bytes do not shrink again): the .deb carries the same image with an
# uncompressed runtime. Installed it takes more room; the download is smaller and classes load
# without unzipping.
jlink --module-path "$JAVA_HOME/jmods:$DIST/jfx" \
  --add-modules "$JDK_MODULES,$JFX_MODULES" \
  $STRIP --no-header-files --no-man-pages --compress=0 \
  --include-locales=en,es,pt,fr,ar,ru,zh,id \
  --output "$DIST/runtime-deb"
strip_libraries "$DIST/runtime-deb"
DEB_IMAGE=$DIST/deb-image/$APP
rm -rf "$DIST/deb-image" && mkdir -p "$DIST/deb-image" && cp -a "$IMAGE" "$DEB_IMAGE"
rm -rf "$DEB_IMAGE/lib/runtime" && cp -a "$DIST/runtime-deb" "$DEB_IMAGE/lib/runtime"
jpackage --type deb "${common[@]}" --dest "$DIST" --app-image "$DEB_IMAGE" \
  --resource-dir packaging/linux \
  --file-associations packaging/ckit.properties \
  --linux-package-name "$APP" --linux-deb-maintainer "campaign-kit-composer@users.noreply.github.com" \
  --linux-menu-group "Office;Publishing" --linux-app-category misc \
  --linux-package-deps "libgtk-3-0, libxxf86vm1, libgl1, libfontconfig1" \
  --linux-shortcut
du -sh "$IMAGE" "$DIST"/*.deb
