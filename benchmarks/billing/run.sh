#!/usr/bin/env bash
# B3 — rating, in-memory part (see ../shared/BENCHMARKS.md): JMH throughput of RatingEngine.rate over
# CDRs of 100 tenants (5 plan shapes, 2,000 prefixes, fixed seed), and the exact total of a fixed
# 1,000,000-CDR sample, computed twice in separate JVMs and compared with the last committed total.
# Writes the line of mode "memory" to benchmarks/results/B3.jsonl (lines of other modes are kept).
#
#   benchmarks/billing/run.sh                  # build, then run (about 2 minutes)
#   SKIP_BUILD=1 FORKS=3 THREADS=2 benchmarks/billing/run.sh
#   MAVEN_ARGS=-o benchmarks/billing/run.sh    # offline build
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
forks="${FORKS:-2}"
warmups="${WARMUP_ITERATIONS:-3}"
iterations="${ITERATIONS:-3}"
seconds="${ITERATION_SECONDS:-2}"
threads="${THREADS:-1}"
sample="${SAMPLE_CDRS:-1000000}"
out="$root/benchmarks/results/B3.jsonl"
raw="$here/target/b3-jmh.json"

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q ${MAVEN_ARGS:-} install -DskipTests -f "$root/platform/api/pom.xml"
  mvn -q ${MAVEN_ARGS:-} install -DskipTests -f "$root/bundles/billing/pom.xml"
  mvn -q ${MAVEN_ARGS:-} package -f "$here/pom.xml"
fi
mkdir -p "$here/target" "$(dirname "$out")"

java -jar "$here/target/benchmarks.jar" 'io.bpohub.benchmarks.billing.RatingBenchmark.rate' \
  -bm thrpt -tu us -t "$threads" \
  -f "$forks" -wi "$warmups" -w "${seconds}s" -i "$iterations" -r "${seconds}s" \
  -rf json -rff "$raw"

# the total twice, in two JVMs: equal strings or the run fails
total1="$(java -cp "$here/target/benchmarks.jar" io.bpohub.benchmarks.billing.B3Total "$sample")"
total2="$(java -cp "$here/target/benchmarks.jar" io.bpohub.benchmarks.billing.B3Total "$sample")"
echo "$total1"
echo "$total2"

python3 - "$raw" "$out" "$forks" "$warmups" "$iterations" "$seconds" "$threads" "$total1" "$total2" <<'PY'
import json, os, statistics, subprocess, sys, datetime
raw, out, forks, warmups, iterations, seconds, threads, t1, t2 = sys.argv[1:10]
t1, t2 = json.loads(t1), json.loads(t2)
if t1["total"] != t2["total"]:
    sys.exit(f"B3: totals differ between two runs: {t1['total']} vs {t2['total']}")
kept, previous = [], None
if os.path.exists(out):
    for line in open(out):
        if not line.strip():
            continue
        entry = json.loads(line)
        if entry.get("mode") == "memory":
            previous = entry
        else:
            kept.append(entry)
if previous and previous.get("cdrs") == t1["cdrs"] and previous.get("total") != t1["total"]:
    sys.exit(f"B3: total {t1['total']} differs from the last recorded {previous['total']} (rating or the generator changed)")
r = json.load(open(raw))[0]
metric = r["primaryMetric"]
samples = sorted(x for fork in metric["rawData"] for x in fork)
per_thread = int(threads)
mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
now = datetime.datetime.fromtimestamp(os.path.getmtime(raw), datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
line = {"cdrs": t1["cdrs"], "mode": "memory",
        # ops/us -> CDRs/s per thread; the median iteration resists bursts of other work on a shared machine
        "cdrs_per_s": round(metric["score"] * 1e6 / per_thread),
        "cdrs_per_s_error": round(metric["scoreError"] * 1e6 / per_thread),
        "cdrs_per_s_median": round(statistics.median(samples) * 1e6 / per_thread),
        "new_rows": 0, "total": t1["total"], "charge_types": t1["charge_types"],
        "threads": per_thread, "jvm": r["vmVersion"],
        "jmh": f"forks={forks} warmup={warmups}x{seconds}s measurement={iterations}x{seconds}s",
        "date": now, "nproc": os.cpu_count(), "mem_total": mem}
with open(out, "w") as f:
    for entry in [line] + kept:
        f.write(json.dumps(entry) + "\n")
print(open(out).read(), end="")
PY
