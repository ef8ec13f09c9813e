#!/usr/bin/env bash
# Measures the start-up time and resident memory of Conference Planner (the app image built by
# `mvn -Ppackage -DskipTests package`) and of ConfClerk (Debian package `confclerk`) side by side,
# under one private Xvfb server. See packaging/README.md and docs/PERFORMANCE.md ("Start-up and memory").
#
#   packaging/measure-startup.sh [-n RUNS] [--app DIR] [--program FILE] [--cases LIST] [--settle SEC]
#                                [--grid-timeout SEC] [--variant 'LABEL=JVM OPTIONS']... [--no-confclerk]
#                                [--keep] [--tsv FILE]
#
# Each start is "cold-ish": a new process with a fresh copy of its data (HOME, data directory), one
# at a time, apps interleaved run by run, after one discarded warm-up start of each (so the page cache
# is warm for both; dropping it needs root and measures the disk, not the app).
#
# What is measured, the same way for both apps:
#   window  ms from exec to the MapNotify of the app's first top-level window of at least 100×100 px,
#           timestamped as xev reports it (xdotool search --sync polls only every 500 ms).
#   grid    ours only: ms from exec to the first rendered frame with a visible grid cell, from the line
#           the app prints when -Dconference-planner.startup-probe is set (StartupProbe).
#   rss     VmRSS of the process (and its children) SETTLE seconds after the window was mapped, in MB
#           (10^6 bytes) and MiB.
# Cases: ConfClerk always opens FOSDEM (imported once through its own import dialog, driven by
# xdotool); ours: sc12-first (an empty data directory: the embedded SC12 program), last (a data
# directory where the program file was opened last, made through the store's ProgramLibrary), and
# arg (the program file as the only argument, as "Open with" does).
# Ours runs with the environment its desktop entry sets (packaging/linux/conference-planner.desktop).
# A variant runs the image's java with other JVM options instead of the launcher; @cfg stands for
# the options the launcher uses, ~TEXT drops those containing TEXT, NAME=VALUE sets the environment,
# e.g. --variant 'no-cds=@cfg -Xshare:off', --variant 'g1=@cfg ~UseSerialGC', --variant 'gdk-gl=GDK_GL= @cfg'.
# A variant 'LABEL=image:DIR' runs the launcher of another app image (e.g. one built from main) beside this one;
# '--variant launcher' names this image's launcher when variants are given.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=5
app=$root/target/dist/conference-planner
program=$root/../shared/schedules/frab-xml/fosdem-2025.xml
cases="sc12-first,last"
settle=3
variants=()
confclerk=yes
keep=no
tsv=""
timeout_s=60
grid_timeout_s=20

usage() { sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case $1 in
    -n) runs=$2; shift 2 ;;
    --app) app=$(cd "$2" && pwd); shift 2 ;;
    --program) program=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --grid-timeout) grid_timeout_s=$2; shift 2 ;;
    --variant) variants+=("$2"); shift 2 ;;
    --no-confclerk) confclerk=no; shift ;;
    --keep) keep=yes; shift ;;
    --tsv) tsv=$2; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "unknown option: $1" >&2; usage 64 ;;
  esac
done
[ ${#variants[@]} -eq 0 ] && variants=("launcher")

say() { printf '[measure] %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is missing (apt-get install $2)"; }

need Xvfb xvfb
need xev x11-utils
need xwininfo x11-utils
need xdotool xdotool
[ -x "$app/bin/conference-planner" ] || die "no app image at $app: run mvn -Ppackage -DskipTests package"
[ -r "$program" ] || die "program file $program not readable (--program FILE)"
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
program_name=$(basename "$program" | sed 's/\.[^.]*$//')
if [ "$confclerk" = yes ] && ! command -v confclerk >/dev/null 2>&1; then
  say "confclerk is not installed (apt-get install confclerk): measuring ours only"
  confclerk=no
fi
if [ "$confclerk" = yes ]; then
  command -v sqlite3 >/dev/null 2>&1 || command -v python3 >/dev/null 2>&1 || die "sqlite3 or python3 needed to check ConfClerk's import"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/measure-startup.XXXXXX")
pids=()
cleanup() {
  local p
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "$keep" = yes ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

now_us() { local t=$EPOCHREALTIME; echo "${t/[.,]/}"; }

# --- the X server and the map watcher -------------------------------------------------------------
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || die "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=:$(tr -d '[:space:]' < "$work/display")

# xev prints each MapNotify of a root child (a top-level window, there is no window manager) as it
# happens; the loop stamps it with the wall clock: "<µs since epoch> <window id>".
maps=$work/maps.log
: > "$maps"
(
  stamp=""
  xev -root -event substructure 2>/dev/null | while IFS= read -r line; do
    case $line in
      MapNotify*) stamp=$(now_us) ;;
      *"window 0x"*)
        if [ -n "$stamp" ]; then
          id=${line#*window }; id=${id%%,*}
          echo "$stamp $id" >> "$maps"
          stamp=""
        fi ;;
    esac
  done
) &
pids+=($!)
sleep 0.3

# --- one start ------------------------------------------------------------------------------------
# start LABEL OUTDIR CMD... : runs CMD, prints "window_ms window_cpu_ms frame_ms grid_ms grid_cpu_ms rss_kb title"
# ("-" when not seen). CPU ms: user + system time of the process tree when the event was seen (polled
# every 20 ms), which a busy machine inflates much less than the wall-clock times.
start() {
  local label=$1 out=$2; shift 2
  local t0 pid deadline win_us="" win_cpu="-" frame_ms="-" grid_ms="-" grid_cpu="-" rss="-" id seen=" " probe=""
  local win_id="" title="-"
  local grid_deadline
  mkdir -p "$out"
  printf '%q ' "$@" > "$out/command"
  t0=$(now_us)
  "$@" >"$out/stdout" 2>"$out/stderr" &
  pid=$!
  deadline=$(( t0 + timeout_s * 1000000 ))
  while [ -z "$win_us" ] && [ "$(now_us)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    while read -r stamp id; do
      [ "$stamp" -ge "$t0" ] || continue
      case $seen in *" $id "*) continue ;; esac
      if window_is_big "$id"; then win_us=$stamp; win_cpu=$(tree_cpu_ms "$pid"); win_id=$id; break; fi
      seen="$seen$id "
    done < "$maps"
    [ -n "$win_us" ] || sleep 0.02
  done
  if [ -n "$win_us" ]; then
    if [ "$label" != confclerk ]; then
      grid_deadline=$(( $(now_us) + grid_timeout_s * 1000000 ))
      while [ "$(now_us)" -lt "$grid_deadline" ] && kill -0 "$pid" 2>/dev/null; do
        probe=$(grep -m1 -e '^startup-probe first-grid-frame' -e '^startup-probe no-grid' "$out/stdout" || true)
        [ -n "$probe" ] && { grid_cpu=$(tree_cpu_ms "$pid"); break; }
        sleep 0.02
      done
      case $probe in
        *first-grid-frame*epoch-ms=*) grid_ms=$(( ${probe##*epoch-ms=} - t0 / 1000 )) ;;
        *) grid_cpu="-" ;;
      esac
      probe=$(grep -m1 '^startup-probe first-frame .*epoch-ms=' "$out/stdout" || true)
      [ -n "$probe" ] && frame_ms=$(( ${probe##*epoch-ms=} - t0 / 1000 ))
    fi
    sleep "$settle"
    rss=$(tree_rss_kb "$pid")
    # The title says which program the window shows (a failed open falls back to the built-in one).
    title=$(xwininfo -id "$win_id" 2>/dev/null | sed -n 's/^xwininfo: Window id: [^ ]* "\(.*\)"$/\1/p' | tr '\t' ' ')
  else
    say "$label: no window within ${timeout_s} s (see $out/stderr)"
  fi
  stop "$pid"
  echo "$([ -n "$win_us" ] && echo $(( (win_us - t0) / 1000 )) || echo -) $win_cpu $frame_ms $grid_ms $grid_cpu $rss ${title:--}"
}

window_is_big() {
  local info w h
  info=$(xwininfo -id "$1" 2>/dev/null) || return 1
  w=$(sed -n 's/^ *Width: //p' <<<"$info"); h=$(sed -n 's/^ *Height: //p' <<<"$info")
  grep -q 'Map State: IsViewable' <<<"$info" && [ "${w:-0}" -ge 100 ] && [ "${h:-0}" -ge 100 ]
}

tree_rss_kb() {
  local total=0 p kb
  for p in $1 $(descendants "$1"); do
    kb=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$p/status" 2>/dev/null || true)
    total=$(( total + ${kb:-0} ))
  done
  echo "$total"
}

tree_cpu_ms() {
  local total=0 p stat
  local -a f
  for p in $1 $(descendants "$1"); do
    stat=$(cat "/proc/$p/stat" 2>/dev/null) || continue
    # utime and stime are fields 14 and 15, in ticks of 10 ms; the command name (field 2) may hold spaces.
    read -r -a f <<<"${stat##*) }"
    total=$(( total + (f[11] + f[12]) * 10 ))
  done
  echo "$total"
}

descendants() {
  local c
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do echo "$c"; descendants "$c"; done
}

stop() {
  kill "$1" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# --- ConfClerk: import the program once through its own dialog ------------------------------------
# ConfClerk keeps its settings and database under HOME (XDG variables unset); env execs it, so $! is its pid.
confclerk_cmd() { confclerk_cmd=(env -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME="$1" XDG_RUNTIME_DIR="$1/run" confclerk); }
confclerk_db() { echo "$1/.local/share/Toastfreeware/ConfClerk/ConfClerk.sqlite"; }
sql() {
  if command -v sqlite3 >/dev/null 2>&1; then sqlite3 "$1" "$2" 2>/dev/null || echo 0
  else python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "$1" "$2" 2>/dev/null || echo 0
  fi
}

prepare_confclerk() {
  local home=$work/seed/confclerk expected pid win dlg="" n=0
  mkdir -p "$home/run" && chmod 700 "$home/run"
  expected=$(grep -c '<event[ >]' "$program")
  say "ConfClerk: importing $(basename "$program") ($expected events) through its Conferences dialog"
  confclerk_cmd "$home"
  "${confclerk_cmd[@]}" >"$work/seed/confclerk.log" 2>&1 &
  pid=$!
  win=$(timeout 30 xdotool search --sync --onlyvisible --pid "$pid" 2>/dev/null | head -1) || die "ConfClerk: no window"
  # No window manager: keys go to the window that has the input focus, and Qt drops the keys that
  # arrive before it handled the FocusIn; Conferences (Alt+O) opens the dialog.
  for _ in 1 2 3 4 5; do
    sleep 1
    xdotool mousemove --window "$win" 200 200 windowfocus --sync "$win" sleep 0.5 key alt+o
    dlg=$(timeout 3 xdotool search --sync --onlyvisible --name '^Edit Conferences$' 2>/dev/null | head -1) && break
  done
  [ -n "$dlg" ] || die "ConfClerk: the Edit Conferences dialog did not open"
  # Its "+" button (top left, at 34,32 in the dialog) shows a URL field with the focus, which takes a file:// URL.
  xdotool mousemove --window "$dlg" 34 32 windowfocus --sync "$dlg" sleep 0.5 click 1 sleep 0.5 \
    type --delay 5 "file://$program"
  xdotool key Return
  while [ "$(sql "$(confclerk_db "$home")" 'select count(*) from event')" != "$expected" ]; do
    n=$((n + 1)); [ $n -lt 600 ] || die "ConfClerk: import did not finish (events: $(sql "$(confclerk_db "$home")" 'select count(*) from event'))"
    sleep 0.1
  done
  [ "$(sql "$(confclerk_db "$home")" 'select count(*) from conference where active = 1')" = 1 ] || die "ConfClerk: no active conference"
  sleep 1
  xdotool mousemove --window "$dlg" 5 5 windowfocus --sync "$dlg" sleep 0.5 key Escape sleep 0.5 \
    mousemove --window "$win" 200 200 windowfocus --sync "$win" sleep 0.5 key alt+q
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  stop "$pid"
  say "ConfClerk: $(sql "$(confclerk_db "$home")" 'select title from conference') imported; it opens on it"
}

run_confclerk() {
  local home=$1/home
  rm -rf "$home"; mkdir -p "$1"; cp -a "$work/seed/confclerk" "$home"
  confclerk_cmd "$home"
  start confclerk "$1" "${confclerk_cmd[@]}"
}

# --- ours -----------------------------------------------------------------------------------------
cfg=$app/lib/app/conference-planner.cfg
classpath=$(sed -n 's/^app\.classpath=\$APPDIR\///p' "$cfg" | sed "s#^#$app/lib/app/#" | paste -sd: -)
cfg_opts=$(sed -n 's/^java-options=//p' "$cfg" | sed "s#\$APPDIR#$app/lib/app#g" | paste -sd' ' -)
# The environment the desktop entry starts the app with ("Exec=env NAME=VALUE ... /opt/..."): menus and
# "Open with" start it that way, so the measurement does too.
desktop_env=$(sed -n 's/^Exec=env \(\([A-Za-z_][A-Za-z0-9_]*=[^ ]* \)*\).*/\1/p' "$root/packaging/linux/conference-planner.desktop")

# A JDK 17 AppCDS archive serves only the class path it was dumped for: an image copied elsewhere starts
# without it (0.4 s of CPU and 16-25 MB more) unless its lib/make-cds-archive.sh is run there again.
check_archive() {
  JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$1/bin/conference-planner" --version 2>/dev/null \
    | grep -q 'org.conferenceplanner.app.Launcher source: shared objects file' \
    || say "warning: $1 starts without its AppCDS archive (moved? run $1/lib/make-cds-archive.sh)"
}

prepare_ours() {
  local seed=$work/seed/ours-last
  case ",$cases," in *,last,*) ;; *) return 0 ;; esac
  command -v java >/dev/null 2>&1 || die "a JDK's java is needed to seed the data directory"
  mkdir -p "$seed"
  if ! java -cp "$app/lib/app/*" "$root/packaging/startup/SeedDataDir.java" "$seed/data" "$program" >&2; then
    say "could not seed a data directory with $(basename "$program"): no last case"
    cases=$(echo ",$cases," | sed 's/,last,/,/; s/^,//; s/,$//')
  fi
}

# The JVM options of a variant: "@cfg" is the launcher's options but those containing TEXT of a word "~TEXT".
variant_options() {
  local word o d keep drops=()
  for word in $1; do case $word in \~*) drops+=("${word#\~}") ;; esac; done
  for word in $1; do
    case $word in
      @cfg)
        for o in $cfg_opts; do
          keep=yes
          for d in "${drops[@]}"; do case $o in *"$d"*) keep=no ;; esac; done
          if [ $keep = yes ]; then printf '%s ' "$o"; fi
        done ;;
      \~*) ;;
      *) printf '%s ' "$word" ;;
    esac
  done
}

# run_ours VARIANT CASE OUTDIR
run_ours() {
  local variant=$1 case=$2 out=$3 opts word cmd=() args=() envs=()
  rm -rf "$out"; mkdir -p "$out/home"
  case $case in
    sc12-first) mkdir -p "$out/data" ;;
    last) cp -a "$work/seed/ours-last/data" "$out/data" ;;
    arg) mkdir -p "$out/data"; args=("$program") ;;
    *) die "unknown case $case" ;;
  esac
  # GTK caches its OpenGL probe on the root window (GDK_VISUALS) for later clients of the display;
  # every start here is the first GTK client, the case a GDK_GL=disable start is protected from.
  xprop -root -remove GDK_VISUALS 2>/dev/null || true
  # shellcheck disable=SC2206
  envs=($desktop_env HOME="$out/home" CONFERENCE_PLANNER_DATA_DIR="$out/data")
  if [ "$variant" = launcher ] || [[ ${variant#*=} == image:* ]]; then
    # The launcher takes JVM options only from its .cfg; JAVA_TOOL_OPTIONS adds the probe.
    local image=$app
    [ "$variant" = launcher ] || image=${variant#*=image:}
    start ours "$out" env "${envs[@]}" JAVA_TOOL_OPTIONS="-Dconference-planner.startup-probe=print" \
      "$image/bin/conference-planner" "${args[@]}"
  else
    opts=$(variant_options "${variant#*=}")
    for word in $opts; do
      if [[ $word =~ ^[A-Z_][A-Z0-9_]*= ]]; then envs+=("$word"); else cmd+=("$word"); fi
    done
    start ours "$out" env "${envs[@]}" "$app/lib/runtime/bin/java" "${cmd[@]}" -Dconference-planner.startup-probe=print \
      -cp "$classpath" org.conferenceplanner.app.Launcher "${args[@]}"
  fi
}

# --- the runs -------------------------------------------------------------------------------------
results=$work/results.tsv
printf 'app\tcase\trun\twindow_ms\twindow_cpu_ms\tframe_ms\tgrid_ms\tgrid_cpu_ms\trss_kb\ttitle\n' > "$results"
[ "$confclerk" = yes ] && prepare_confclerk
prepare_ours
check_archive "$app"
for variant in "${variants[@]}"; do
  case ${variant#*=} in image:*) check_archive "${variant#*=image:}" ;; esac
done

say "DISPLAY $DISPLAY; $runs runs after one warm-up; load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "ours with the desktop entry's environment: ${desktop_env:-none}"
IFS=',' read -r -a case_list <<<"$cases"
for run in $(seq 0 "$runs"); do
  if [ "$confclerk" = yes ]; then
    read -r w wc f g gc r t < <(run_confclerk "$work/runs/confclerk-$run")
    [ "$run" -gt 0 ] && printf 'ConfClerk %s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(dpkg-query -W -f '${Version}' confclerk 2>/dev/null | cut -d- -f1)" \
      "$program_name" "$run" "$w" "$wc" "$f" "$g" "$gc" "$r" "$t" >> "$results"
    say "run $run confclerk: window ${w} ms (cpu ${wc}), rss ${r} kB"
  fi
  for variant in "${variants[@]}"; do
    label=${variant%%=*}
    for case in "${case_list[@]}"; do
      read -r w wc f g gc r t < <(run_ours "$variant" "$case" "$work/runs/ours-$label-$case-$run")
      case_label=$case; [ "$case" = sc12-first ] || case_label="$program_name $case"
      [ "$run" -gt 0 ] && printf 'Conference Planner (%s)\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$case_label" "$run" "$w" "$wc" "$f" "$g" "$gc" "$r" "$t" >> "$results"
      say "run $run ours $label $case: window ${w} ms (cpu ${wc}), first frame ${f} ms, grid ${g} ms (cpu ${gc}), rss ${r} kB"
    done
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the table ------------------------------------------------------------------------------------
echo
echo "Start-up and memory, $(date -u +%Y-%m-%dT%H:%MZ), $runs runs each (median, min-max)"
echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo); load average after: $load_after"
echo "ours: $app ($("$app/bin/conference-planner" --version 2>/dev/null || echo '?')); program: $(basename "$program")"
echo
awk -F'\t' '
  function stats(list,   n, a, i, j, t, med) {
    n = split(list, a, " ")
    if (n == 0 || list == "") return "-"
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
    med = (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    return sprintf("%s (%s-%s)", fmt(med), fmt(a[1]), fmt(a[n]))
  }
  function fmt(v) { return (scale == 1) ? sprintf("%d", v + 0.5) : sprintf("%.1f", v * scale) }
  function add(key, col, v) { if (v != "-" && v != "") vals[key, col] = vals[key, col] " " v; else miss[key, col]++ }
  NR > 1 {
    key = $1 "\t" $2
    if (!(key in seen)) { seen[key] = 1; order[++k] = key }
    for (c = 4; c <= 9; c++) add(key, c, $c)
    if (!(key in title)) title[key] = $10
    runs[key]++
  }
  END {
    printf "%-32s %-18s %4s  %-17s %-17s %-17s %-17s %-17s %-17s %s\n", "app", "case", "runs", "window ms", "window CPU ms", \
      "first frame ms", "grid ms", "grid CPU ms", "RSS MB", "window title"
    for (i = 1; i <= k; i++) {
      key = order[i]; split(key, p, "\t")
      scale = 1
      for (c = 4; c <= 8; c++) col[c] = stats(vals[key, c])
      scale = 0.001024; r = stats(vals[key, 9])
      printf "%-32s %-18s %4d  %-17s %-17s %-17s %-17s %-17s %-17s %s\n", p[1], p[2], runs[key], col[4], col[5], col[6], col[7], col[8], r, title[key]
    }
  }' "$results"
echo
echo "window: exec to the MapNotify of the first top-level window >= 100x100 (xev); first frame, grid: exec to"
echo "the first rendered frame, and the first with a grid cell (StartupProbe, ours only); RSS: VmRSS ${settle} s"
echo "after the window appeared (ours: after the grid, if drawn within ${grid_timeout_s} s)."
[ -n "$tsv" ] && cp "$results" "$tsv"
exit 0
