#!/usr/bin/env bash
# B4 — routing decisions (see ../shared/BENCHMARKS.md): JMH throughput and sample-time of
# HybridRoutingService.decide with N tenants' calendars loaded, one thread.
# Writes one JSON line per configuration (tenants) to benchmarks/results/B4.jsonl.
#
#   benchmarks/routing/run.sh                 # build, then run (about 2 minutes)
#   SKIP_BUILD=1 FORKS=3 benchmarks/routing/run.sh
#   MAVEN_ARGS=-o benchmarks/routing/run.sh   # offline build
#   CONVERT_ONLY=1 benchmarks/routing/run.sh  # rewrite B4.jsonl from the last raw JMH output
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
forks="${FORKS:-2}"
warmups="${WARMUP_ITERATIONS:-3}"
iterations="${ITERATIONS:-3}"
seconds="${ITERATION_SECONDS:-2}"
tenants="${TENANTS:-1,1000}"   # 1,000 is B4; 1 beside it shows what many tenants' data costs
out="$root/benchmarks/results/B4.jsonl"
raw="$here/target/b4-jmh.json"

if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -q ${MAVEN_ARGS:-} install -DskipTests -f "$root/platform/api/pom.xml"
  mvn -q ${MAVEN_ARGS:-} install -DskipTests -f "$root/bundles/routing-hybrid/pom.xml"
  mvn -q ${MAVEN_ARGS:-} package -f "$here/pom.xml"
fi

mkdir -p "$here/target" "$(dirname "$out")"
if [ -z "${CONVERT_ONLY:-}" ]; then  # CONVERT_ONLY=1 rewrites B4.jsonl from the last run's raw JMH file
java -jar "$here/target/benchmarks.jar" 'io.bpohub.benchmarks.routing.RoutingBenchmark.decide' \
  -p tenants="$tenants" -bm thrpt,sample -tu us -t 1 \
  -f "$forks" -wi "$warmups" -w "${seconds}s" -i "$iterations" -r "${seconds}s" \
  -rf json -rff "$raw"
fi

python3 - "$raw" "$out" "$forks" "$warmups" "$iterations" "$seconds" <<'PY'
import json, os, statistics, subprocess, sys, datetime
raw, out, forks, warmups, iterations, seconds = sys.argv[1:7]
results = json.load(open(raw))
mem = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
by_tenants = {}
for r in results:
    line = by_tenants.setdefault(int(r["params"]["tenants"]), {})
    metric = r["primaryMetric"]
    if r["mode"] == "thrpt":  # ops/us -> decisions/s
        line["decisions_per_s"] = round(metric["score"] * 1e6)
        line["decisions_per_s_error"] = round(metric["scoreError"] * 1e6)
        # the median iteration resists the bursts of other work on a shared machine
        samples = sorted(x for fork in metric["rawData"] for x in fork)
        line["decisions_per_s_median"] = round(statistics.median(samples) * 1e6)
    elif r["mode"] == "sample":  # us/op percentiles
        p = metric["scorePercentiles"]
        line["p50_us"] = round(p["50.0"], 3)
        line["p99_us"] = round(p["99.0"], 3)
        line["p999_us"] = round(p["99.9"], 3)
    line["jvm"] = r["vmVersion"]
now = datetime.datetime.fromtimestamp(os.path.getmtime(raw), datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
with open(out, "w") as f:
    for tenants in sorted(by_tenants):
        line = {"tenants": tenants, **by_tenants[tenants], "threads": 1,
                "jmh": f"forks={forks} warmup={warmups}x{seconds}s measurement={iterations}x{seconds}s",
                "date": now, "nproc": os.cpu_count(), "mem_total": mem}
        f.write(json.dumps(line) + "\n")
print(open(out).read(), end="")
PY
