#!/usr/bin/env bash
# B3 — rating, persisted part (see ../shared/BENCHMARKS.md): the platform's rating job end to end
# against the test MariaDB (127.0.0.1:3306, root, no password; override with -Dbpo.test.db.* in JAVA_OPTS).
# Onboards 100 tenants under the prefix bpob3_ (databases dropped before and after), assigns the 5 plan
# shapes round-robin, loads the fixed-seed CDRs of March 2026 with LOAD DATA LOCAL INFILE (not measured),
# then times platform.billing().rate(operator, tenant, 2026-03) over all tenants twice: mode "persisted"
# (one new charge per CDR) and mode "rerate" (must write nothing and give the same total; else exit 1).
# Replaces the lines of modes persisted and rerate in benchmarks/results/B3.jsonl (other modes are kept).
#
#   benchmarks/billing/run-persisted.sh                 # 10,000,000 CDRs
#   benchmarks/billing/run-persisted.sh 100000          # a quick check
#   THREADS=2 SKIP_BUILD=1 benchmarks/billing/run-persisted.sh 2000000
#   MAVEN_ARGS=-o benchmarks/billing/run-persisted.sh   # offline build
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cdrs="${1:-10000000}"
threads="${THREADS:-1}"
out="$root/benchmarks/results/B3.jsonl"

if [ -z "${SKIP_BUILD:-}" ]; then
  # the reactor builds core, billing and their dependencies from this tree; nothing is installed
  mvn -q ${MAVEN_ARGS:-} package -DskipTests -f "$root/pom.xml" -pl benchmarks/billing -am
fi
mkdir -p "$here/target" "$(dirname "$out")"

lines="$here/target/b3-persisted.jsonl"
java -Xmx2g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.flywaydb=error -Dorg.jboss.logging.provider=slf4j ${JAVA_OPTS:-} \
  -cp "$here/target/benchmarks.jar" io.bpohub.benchmarks.billing.B3Persisted "$cdrs" "$threads" | tee "$lines"

python3 - "$lines" "$out" <<'PY'
import json, os, sys, datetime
lines, out = sys.argv[1:3]
new = [json.loads(l) for l in open(lines) if l.strip()]
now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
for entry in new:
    entry["date"] = now
    entry["nproc"] = os.cpu_count()
    entry["period"] = "2026-03"
modes = {e["mode"] for e in new}
kept = []
if os.path.exists(out):
    kept = [json.loads(l) for l in open(out) if l.strip()]
    kept = [e for e in kept if e.get("mode") not in modes]
order = {"memory": 0, "persisted": 1, "rerate": 2}
with open(out, "w") as f:
    for entry in sorted(kept + new, key=lambda e: order.get(e.get("mode"), 9)):
        f.write(json.dumps(entry) + "\n")
print(open(out).read(), end="")
PY
