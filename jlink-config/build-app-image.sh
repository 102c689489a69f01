#!/usr/bin/env bash
# Builds a jlinked Java runtime with JavaFX and a jpackage app image around it.
#   usage: build-app-image.sh <maven target dir> <main class>
# Called by `./mvnw -Pdist package` after the jar and target/lib exist.
# Needs a JDK whose $JAVA_HOME/jmods exists (Debian's JDK 17 has them; some JDK builds do not).
set -euo pipefail
target=$(cd "$1" && pwd)
main_class=$2
config=$(cd "$(dirname "$0")" && pwd)

java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
if [ ! -d "$java_home/jmods" ]; then
  echo "error: $java_home/jmods does not exist; jlink needs a JDK with jmods (set JAVA_HOME to one)" >&2
  exit 1
fi

# JavaFX goes into the runtime as modules; everything else stays on the class path
# (nd4j-api's module descriptor is broken, so ND4J cannot be a module).
fx_jars=$(find "$target/lib" -name 'javafx-*-linux.jar' | sort | paste -sd: -)
input="$target/dist-input"
rm -rf "$target/runtime" "$target/dist" "$input"
mkdir -p "$input"
cp "$target/neural-ode-explorer.jar" "$input/"
find "$target/lib" -name '*.jar' ! -name 'javafx-*' -exec cp {} "$input/" \;

modules=$(grep -v '^\s*$' "$config/modules.txt" | paste -sd, -)
# shellcheck disable=SC2046
"$java_home/bin/jlink" --module-path "$java_home/jmods:$fx_jars" --add-modules "$modules" \
  $(cat "$config/jlink-options.txt") --output "$target/runtime"

"$java_home/bin/jpackage" --type app-image --name NeuralODEExplorer \
  --runtime-image "$target/runtime" --input "$input" \
  --main-jar neural-ode-explorer.jar --main-class "$main_class" \
  --java-options "$(cat "$config/java-options.txt")" \
  --dest "$target/dist"

echo "app image: $target/dist/NeuralODEExplorer ($(du -sh "$target/dist/NeuralODEExplorer" | cut -f1)); runtime $(du -sh "$target/runtime" | cut -f1)"
