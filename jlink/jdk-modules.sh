#!/usr/bin/env bash
# Prints the JDK modules jdeps finds in the app jar and its class-path dependencies, to compare
# with jlink/jdk-modules.txt. Run after `./mvnw -Pdist -DskipTests package` (it reads
# target/dist/input, the jars that go on the class path, and target/dist/jfx, the JavaFX modules).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d target/dist/input ] || { echo "run ./mvnw -Pdist -DskipTests package first" >&2; exit 1; }
jdeps --multi-release 17 --ignore-missing-deps --print-module-deps \
  --module-path target/dist/jfx --add-modules ALL-MODULE-PATH \
  -cp 'target/dist/input/*' target/dist/input/campaign-kit.jar | tr ',' '\n' | grep -v '^javafx\.'
