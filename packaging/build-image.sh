#!/usr/bin/env bash
# Builds the Linux app image (target/dist/conference-planner) and the .deb (target/dist/*.deb) from
# the jars Maven prepared: a jlinked runtime with only the modules in jlink-modules.txt (JavaFX from
# its Maven -linux jars, since no JavaFX jmods are downloadable), our jar and its dependencies, and
# an AppCDS archive made by a training start. Called by `mvn -Ppackage package`; see packaging/README.md.
set -euo pipefail

version=$1
root=$(cd "$(dirname "$0")/.." && pwd)
target=$root/target
deps=$target/dist-deps           # every runtime jar (copied by maven-dependency-plugin)
filtered=$target/packaging       # packaging/ with ${project.version} etc. filled in
input=$target/dist-input         # what jpackage puts on the class path
runtime=$target/dist-runtime
dist=$target/dist
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}

say() { printf '[package] %s\n' "$*"; }

rm -rf "$input" "$runtime" "$dist"
mkdir -p "$input" "$dist"

# Our own classes as a thin jar (the shaded jar carries JavaFX, which the runtime holds as modules).
"$java_home/bin/jar" --create --file "$input/conference-planner.jar" -C "$target/classes" .
fx_path=""
for jar in "$deps"/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar) fx_path=$fx_path${fx_path:+:}$jar ;;
    javafx-*.jar) ;;                       # empty placeholder jars of the openjfx parent POM
    *) cp "$jar" "$input/" ;;
  esac
done

say "jlink: $(cat "$root/packaging/jlink-modules.txt")"
"$java_home/bin/jlink" \
  --module-path "$java_home/jmods:$fx_path" \
  --add-modules "$(tr -d '[:space:]' < "$root/packaging/jlink-modules.txt")" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive \
  --output "$runtime"
# The no-compressed-oops archive only serves heaps over 32 GB.
rm -f "$runtime/lib/server/classes_nocoops.jsa"

# JavaFX's native libraries sit inside its jars; put them beside the runtime's own so they load
# directly instead of being unpacked into ~/.openjfx/cache at first start.
for jar in ${fx_path//:/ }; do
  libs=$("$java_home/bin/jar" tf "$jar" | grep '\.so$' || true)
  if [ -n "$libs" ]; then
    # shellcheck disable=SC2086
    (cd "$runtime/lib" && "$java_home/bin/jar" xf "$jar" $libs)
  fi
done

say "jpackage app image"
"$java_home/bin/jpackage" --type app-image --dest "$dist" \
  @"$filtered/jpackage/common.txt" @"$filtered/jpackage/launcher.txt" \
  --icon "$root/packaging/icons/conference-planner.png" \
  --input "$input" --runtime-image "$runtime"

app=$dist/conference-planner
cp "$root/packaging/icons/conference-planner.png" "$app/lib/conference-planner.png"
cp "$filtered/linux/org.conferenceplanner.ConferencePlanner.metainfo.xml" "$app/lib/"

# AppCDS: one training start records the classes a start loads; the launcher maps them next time.
say "AppCDS training run"
cfg=$app/lib/app/conference-planner.cfg
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\//'"${app//\//\\/}"'\/lib\/app\//p' "$cfg" | paste -sd: -)
java_opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' | sed "s#\$APPDIR#$app/lib/app#g")
train() {
  # shellcheck disable=SC2086
  "$app/lib/runtime/bin/java" $java_opts -XX:ArchiveClassesAtExit="$app/lib/app/conference-planner.jsa" \
    -Dconference-planner.training=true -cp "$classpath" org.conferenceplanner.app.Launcher "$@"
}
training_data=$(mktemp -d)
if command -v xvfb-run >/dev/null 2>&1; then
  CONFERENCE_PLANNER_DATA_DIR=$training_data timeout 120 xvfb-run -a bash -c "$(declare -f train); app='$app'; java_opts='$java_opts'; classpath='$classpath'; train --training-start" \
    >/dev/null 2>&1 || say "window training run failed; archive from the command line only"
fi
if [ ! -s "$app/lib/app/conference-planner.jsa" ]; then
  CONFERENCE_PLANNER_DATA_DIR=$training_data train --version >/dev/null 2>&1 || true
fi
rm -rf "$training_data"
[ -s "$app/lib/app/conference-planner.jsa" ] && say "AppCDS archive: $(du -h "$app/lib/app/conference-planner.jsa" | cut -f1)"

if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  say "jpackage .deb"
  "$java_home/bin/jpackage" --type deb --dest "$dist" \
    @"$filtered/jpackage/common.txt" @"$filtered/jpackage/linux.txt" \
    --app-image "$app"
  ls -la "$dist"/*.deb
else
  say "dpkg-deb or fakeroot missing: no .deb built (apt-get install dpkg-dev fakeroot)"
fi
say "app image: $app ($(du -sh "$app" | cut -f1))"
