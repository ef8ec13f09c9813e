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
  @"$filtered/jpackage/common.txt" @"$filtered/jpackage/launcher.txt" @"$filtered/jpackage/launcher-linux.txt" \
  --icon "$root/packaging/icons/conference-planner.png" \
  --input "$input" --runtime-image "$runtime"

app=$dist/conference-planner
cp "$root/packaging/icons/conference-planner.png" "$app/lib/conference-planner.png"
cp "$filtered/linux/org.conferenceplanner.ConferencePlanner.metainfo.xml" "$app/lib/"

# AppCDS: training starts record the classes a start loads, in the three ways the app starts: first
# start (the embedded program), a program file as argument (as "Open with" does), and the program
# opened last; the last one then reads small sample programs so that every importer's classes are
# listed. Each start ends after its first grid frame. make-cds-archive.sh turns the merged list into the
# archive the launcher maps. The archive only serves the class path it was written for, so the .deb's
# postinst writes it again under /opt (packaging/linux/postinst).
say "AppCDS training starts"
cfg=$app/lib/app/conference-planner.cfg
classlist=$app/lib/app/conference-planner.classlist
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\//'"${app//\//\\/}"'\/lib\/app\//p' "$cfg" | paste -sd: -)
java_opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' | sed "s#\$APPDIR#$app/lib/app#g")
training=$root/packaging/startup/training
samples=$(find "$training" -type f 2>/dev/null | sort | tr '\n' ' ')
train() {
  local list=$1; shift
  # shellcheck disable=SC2086
  "$app/lib/runtime/bin/java" $java_opts -Xshare:off -XX:DumpLoadedClassList="$list" \
    -Dconference-planner.training=true -cp "$classpath" org.conferenceplanner.app.Launcher "$@"
}
training_data=$(mktemp -d)
rm -f "$classlist" "$target"/training-*.classlist
: > "$target/training.log"
trained=no
if command -v xvfb-run >/dev/null 2>&1; then
  n=0
  for args in "" "--open $training/democon.xml" "$samples"; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    CONFERENCE_PLANNER_DATA_DIR=$training_data HOME=$training_data timeout 120 xvfb-run -a -s '-screen 0 1280x1024x24' \
      bash -c "$(declare -f train); app='$app'; java_opts='$java_opts'; classpath='$classpath'; train '$target/training-$n.classlist' --training-start $args" \
      >> "$target/training.log" 2>&1 || true
  done
  cat "$target"/training-*.classlist 2>/dev/null | awk '!seen[$0]++' > "$classlist" || true
  grep -q '^javafx/scene/Scene$' "$classlist" 2>/dev/null && trained=yes
  grep -e '^startup-probe' -e '^training' "$target/training.log" | sed 's/^/[package]   /' || true
fi
if [ $trained = no ]; then
  say "window training failed or no xvfb-run (see target/training.log); class list from the command line only"
  CONFERENCE_PLANNER_DATA_DIR=$training_data train "$classlist" --version >/dev/null 2>&1 || true
fi
rm -rf "$training_data"
cp "$root/packaging/linux/make-cds-archive.sh" "$app/lib/make-cds-archive.sh"
if "$app/lib/make-cds-archive.sh"; then
  say "AppCDS archive: $(du -h "$app/lib/app/conference-planner.jsa" | cut -f1) from $(wc -l < "$classlist") classes"
fi

if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
  say "jpackage .deb"
  # The archive written for target/dist would not serve /opt: postinst writes it there instead.
  cp "$root/packaging/linux/postinst" "$root/packaging/linux/prerm" "$filtered/linux/"
  jsa_aside=$target/conference-planner.jsa.aside
  mv "$app/lib/app/conference-planner.jsa" "$jsa_aside" 2>/dev/null || true
  "$java_home/bin/jpackage" --type deb --dest "$dist" \
    @"$filtered/jpackage/common.txt" @"$filtered/jpackage/linux.txt" \
    --app-image "$app"
  mv "$jsa_aside" "$app/lib/app/conference-planner.jsa" 2>/dev/null || true
  ls -la "$dist"/*.deb
else
  say "dpkg-deb or fakeroot missing: no .deb built (apt-get install dpkg-dev fakeroot)"
fi
say "app image: $app ($(du -sh "$app" | cut -f1))"
