#!/usr/bin/env bash
# B2 — contact import (see ../shared/BENCHMARKS.md): the project's import of the generator's messy file (every
# validation on) into a fresh tenant database on the test MariaDB (127.0.0.1:3306, root, no password; override
# with -Dbpo.test.db.* in JAVA_OPTS), and in the same run LOAD DATA LOCAL INFILE of the accepted (pre-cleaned)
# rows into a table of the same shape. Each run prints one JSON line; RUNS runs (default 3) are made and the
# median run by ratio replaces the line of the same row count in benchmarks/results/B2.jsonl.
#
#   benchmarks/contact-import/run.sh                  # 1,000,000 rows, 3 runs (about 10 minutes)
#   benchmarks/contact-import/run.sh 100000           # a quick check
#   RUNS=1 SKIP_BUILD=1 benchmarks/contact-import/run.sh
#   MAVEN_ARGS=-o benchmarks/contact-import/run.sh    # offline build
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${1:-1000000}"
runs="${RUNS:-3}"
generator="${GENERATOR:-$root/../shared/bench/gen_contacts.py}"
out="$root/benchmarks/results/B2.jsonl"
input="$here/target/b2-input-$rows"

if [ -z "${SKIP_BUILD:-}" ]; then
  # the reactor builds the importer, the API and the tenant migrations from this tree; nothing is installed
  mvn -q ${MAVEN_ARGS:-} package -DskipTests -f "$root/pom.xml" -pl benchmarks/contact-import -am
fi
mkdir -p "$here/target" "$(dirname "$out")"

# the generator has a fixed seed: same rows, same files; generated once per row count
if [ ! -f "$input/contacts.csv" ] || [ ! -f "$input/dnc.csv" ]; then
  python3 "$generator" --rows "$rows" "$input"
fi

lines="$here/target/b2-runs.jsonl"
: > "$lines"
for i in $(seq 1 "$runs"); do
  java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.flywaydb=error \
    -Dorg.slf4j.simpleLogger.log.io.bpohub=info ${JAVA_OPTS:-} \
    -jar "$here/target/benchmarks.jar" "$input" | tail -n 1 | tee -a "$lines"
done

python3 - "$lines" "$out" "$rows" <<'PY'
import json, os, statistics, subprocess, sys, datetime
lines, out, rows = sys.argv[1], sys.argv[2], int(sys.argv[3])
new = [json.loads(l) for l in open(lines) if l.strip()]
if not new:
    sys.exit("B2: no run produced a result")
for r in new:
    if r["rows"] != rows:
        sys.exit(f"B2: a run read {r['rows']} rows, not {rows}")
ordered = sorted(new, key=lambda r: r["ratio"])
median = dict(ordered[len(ordered) // 2])
mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
median.update({
    "runs": len(new),
    "ratios_of_runs": [r["ratio"] for r in new],
    "project_rows_per_s_of_runs": [r["project_rows_per_s"] for r in new],
    "load_data_rows_per_s_of_runs": [r["load_data_rows_per_s"] for r in new],
    "date": datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    "nproc": os.cpu_count(), "mem_total": mem,
    "loadavg_at_end": os.getloadavg()[0],
})
kept = []
if os.path.exists(out):
    kept = [json.loads(l) for l in open(out) if l.strip()]
    kept = [e for e in kept if e.get("rows") != rows]
with open(out, "w") as f:
    for entry in sorted(kept + [median], key=lambda e: -e["rows"]):
        f.write(json.dumps(entry) + "\n")
print(open(out).read(), end="")
PY
