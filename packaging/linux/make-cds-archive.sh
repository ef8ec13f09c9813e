#!/bin/sh
# Writes the app image's AppCDS archive (lib/app/conference-planner.jsa) from the class list its
# build recorded in a training start (lib/app/conference-planner.classlist). A JDK 17 archive only
# serves the exact class path it was written for, so this runs where the image finally lives: in
# build-image.sh for target/dist, and in the .deb's postinst for /opt/conference-planner. Takes a few
# seconds and no display. Without the archive the app still starts, only slower.
set -eu
app=$(cd "$(dirname "$0")/.." && pwd)
cfg=$app/lib/app/conference-planner.cfg
list=$app/lib/app/conference-planner.classlist
jsa=$app/lib/app/conference-planner.jsa
[ -s "$list" ] || { echo "make-cds-archive: no class list at $list" >&2; exit 1; }
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$cfg" | sed "s#^#$app/lib/app/#" | paste -sd: -)
# The launcher's JVM options, except those naming the archive: the dump must see the same module options.
opts=$(sed -n 's/^java-options=//p' "$cfg" | grep -v -e SharedArchiveFile -e '^-Xshare' | sed "s#\$APPDIR#$app/lib/app#g")
rm -f "$jsa.tmp"
# shellcheck disable=SC2086
if "$app/lib/runtime/bin/java" $opts -Xshare:dump \
    -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$jsa.tmp" -cp "$classpath" >/dev/null 2>&1 \
    && [ -s "$jsa.tmp" ]; then
  mv -f "$jsa.tmp" "$jsa"
  chmod 644 "$jsa"
else
  rm -f "$jsa.tmp"
  echo "make-cds-archive: could not write $jsa; the app starts without it" >&2
  exit 1
fi
