#!/usr/bin/env bash
# B1 — predictive pacing on the virtual clock (see ../shared/BENCHMARKS.md): every scenario × seed × strategy of
# ../shared/bench/b1-scenarios.json side by side on the simulated network (30 days × 8 dialing hours each), then the
# pacing tick of 200 running campaigns. Writes benchmarks/results/B1.jsonl (one line per scenario and strategy, means
# over the seeds, plus one line per strategy for the tick) and the plot docs/b1-occupancy.svg. The tick runs in a JVM
# of its own with the platform's JVM options (heap and extra options of karaf-dist/.../bin/setenv, collector
# included), then with the same plus Shenandoah, a low-pause collector, for comparison: a collector's pause lands in
# whichever tick it falls in.
#
#   benchmarks/dialer/run.sh                           # build, then run (about 10 minutes on 2 cores)
#   SKIP_BUILD=1 benchmarks/dialer/run.sh
#   MAVEN_ARGS=-o benchmarks/dialer/run.sh             # offline build
#   ARGS="--days=5 --seeds=1 --no-tick" OUT=/tmp/b1.jsonl benchmarks/dialer/run.sh   # a quick look
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scenarios="${SCENARIOS:-$root/../shared/bench/b1-scenarios.json}"
out="${OUT:-$root/benchmarks/results/B1.jsonl}"
raw="$here/target/b1-raw.jsonl"

if [ -z "${SKIP_BUILD:-}" ]; then
  for module in platform/api bundles/telephony-sim bundles/dialer; do
    mvn -q ${MAVEN_ARGS:-} install -DskipTests -f "$root/$module/pom.xml"
  done
  mvn -q ${MAVEN_ARGS:-} package -f "$here/pom.xml"
fi

mkdir -p "$here/target" "$(dirname "$out")"
platform_jvm="$(. "$root/karaf-dist/distribution/src/main/resources/bin/setenv" && echo "-Xms$JAVA_MIN_MEM -Xmx$JAVA_MAX_MEM ${EXTRA_JAVA_OPTS:-}")"
java -Xmx3g -jar "$here/target/benchmarks.jar" "$scenarios" "$raw.pacing" --no-tick ${ARGS:-}
java $platform_jvm -jar "$here/target/benchmarks.jar" "$scenarios" "$raw.tick-platform" --no-pacing ${ARGS:-}
: > "$raw.tick-shenandoah"
if java -XX:+UseShenandoahGC -version >/dev/null 2>&1; then
  java $platform_jvm -XX:+UseShenandoahGC -jar "$here/target/benchmarks.jar" "$scenarios" "$raw.tick-shenandoah" --no-pacing ${ARGS:-}
fi
cat "$raw.pacing" "$raw.tick-platform" "$raw.tick-shenandoah" > "$raw"

python3 - "$raw" "$out" <<'PY'
import datetime, json, os, subprocess, sys
raw, out = sys.argv[1:3]
mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
date = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
with open(out, "w") as f:
    for line in open(raw):
        entry = json.loads(line)
        entry.update({"date": date, "nproc": os.cpu_count(), "mem_total": mem})
        f.write(json.dumps(entry) + "\n")
print(open(out).read(), end="")
PY
if [ -z "${OUT:-}" ]; then
  python3 "$here/plot_b1.py" "$out" "$root/docs/b1-occupancy.svg"
fi
