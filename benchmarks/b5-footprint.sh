#!/usr/bin/env bash
# B5 — footprint (../shared/BENCHMARKS.md): start-to-ready of the BPO Hub distribution beside bare
# Karaf of the same version, in the same run, and heap after GC with 1, 100 and 1,000 provisioned
# tenants, each having served at least one request.
#
# usage: benchmarks/b5-footprint.sh [runs] [tenant counts...]    (default: 3 runs; 1 100 1000)
# needs: a built distribution (mvn install), MariaDB on 127.0.0.1:3306 (root, no password), jcmd.
# Output: one JSON line per configuration on stdout, appended to benchmarks/results/B5.jsonl.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUNS="${1:-3}"; shift || true
COUNTS=("${@:-1 100 1000}"); read -r -a COUNTS <<<"${COUNTS[*]}"
KARAF_VERSION=4.4.10
WORK="$ROOT/benchmarks/target/b5"
DIST_TAR="$ROOT/karaf-dist/distribution/target/bpohub-karaf-dist-0.1.0-SNAPSHOT.tar.gz"
BARE_TAR="$HOME/.m2/repository/org/apache/karaf/apache-karaf/$KARAF_VERSION/apache-karaf-$KARAF_VERSION.tar.gz"
PREFIX=bpob5_
HTTP=18481
OUT="$ROOT/benchmarks/results/B5.jsonl"

[[ -f "$DIST_TAR" ]] || { echo "build first: mvn -B install -DskipTests" >&2; exit 1; }
[[ -f "$BARE_TAR" ]] || mvn -q dependency:get -Dartifact=org.apache.karaf:apache-karaf:$KARAF_VERSION:tar.gz
mkdir -p "$WORK"

now() { date +%s.%N; }
elapsed() { echo "$(now) - $1" | bc; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
drop_prefixed() {
  mysql -h127.0.0.1 -uroot -N -e "SHOW DATABASES LIKE '${PREFIX}%'" | while read -r db; do mysql -h127.0.0.1 -uroot -e "DROP DATABASE \`$db\`"; done
  mysql -h127.0.0.1 -uroot -N -e "SELECT CONCAT('\'',User,'\'@\'',Host,'\'') FROM mysql.user WHERE User LIKE '${PREFIX}%'" \
    | while read -r u; do mysql -h127.0.0.1 -uroot -e "DROP USER $u"; done
}
unpack() { # tar, dir, ssh port
  rm -rf "$2" && mkdir -p "$2" && tar xzf "$1" -C "$2" --strip-components=1
  sed -i "s/^sshPort *=.*/sshPort = $3/" "$2/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $(( $3 + 1000 ))/; s/^rmiServerPort *=.*/rmiServerPort = $(( $3 + 2000 ))/" "$2/etc/org.apache.karaf.management.cfg"
}
karaf_pid() { pgrep -f "karaf.home=$1 " | head -1; }
heap_after_gc_mb() { # pid
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/garbage-first heap/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); printf "%.1f", v/1024}}'
}

# --- start-to-ready, bare Karaf and BPO Hub alternating, same run -------------------------------
for run in $(seq 1 "$RUNS"); do
  unpack "$BARE_TAR" "$WORK/bare" 18401
  t0=$(now); "$WORK/bare/bin/start"
  until port_open 18401; do sleep 0.1; done
  bare=$(elapsed "$t0"); "$WORK/bare/bin/stop"; sleep 2

  drop_prefixed
  unpack "$DIST_TAR" "$WORK/bpohub" 18402
  cfg="$WORK/bpohub/etc/io.bpohub.platform.cfg"
  sed -i "s#^db.url = .*#db.url = jdbc:mariadb://127.0.0.1:3306/#; s#^db.prefix = .*#db.prefix = $PREFIX#" "$cfg"
  sed -i "s/^seed = .*/seed = false/" "$WORK/bpohub/etc/io.bpohub.demo.cfg"
  sed -i "s/^org.osgi.service.http.port = .*/org.osgi.service.http.port = $HTTP/" "$WORK/bpohub/etc/org.ops4j.pax.web.cfg"
  printf 'karaf = karaf,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' >>"$WORK/bpohub/etc/users.properties"
  t0=$(now); "$WORK/bpohub/bin/start"
  until curl -fs "http://127.0.0.1:$HTTP/api/v1/health" >/dev/null; do sleep 0.1; done
  ready=$(elapsed "$t0")
  line="{\"tenants\":0,\"heap_mb\":null,\"ready_s\":$ready,\"bare_karaf_ready_s\":$bare,\"run\":$run,\"date\":\"$(date -u +%FT%TZ)\",\"nproc\":$(nproc)}"
  echo "$line" | tee -a "$OUT"
  [[ $run -lt $RUNS ]] && { "$WORK/bpohub/bin/stop"; sleep 3; }
done

# --- heap after provisioning N tenants, each having served a request ----------------------------
api="http://127.0.0.1:$HTTP/api/v1"
admin_token() {
  # the operator shell creates the agency admin the benchmark logs in as
  curl -fs -X POST -H 'Content-Type: application/json' -d '{"username":"b5.admin","password":"b5-password-1"}' "$api/auth/login" \
    | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])'
}
echo "bpo:user-create --name B5 --role AGENCY_ADMIN --password b5-password-1 agency b5.admin" \
  | "$WORK/bpohub/bin/client" -a 18402 -h 127.0.0.1 -u karaf -p karaf -b >/dev/null 2>&1 || true
TOKEN=$(admin_token || true)
[[ -n "$TOKEN" ]] || { echo "could not log in as the benchmark admin (is the karaf user enabled in etc/users.properties?)" >&2; exit 1; }
provisioned=0
pid=$(karaf_pid "$WORK/bpohub")
for target in "${COUNTS[@]}"; do
  while [[ $provisioned -lt $target ]]; do
    provisioned=$((provisioned + 1))
    slug=$(printf 't%04d' "$provisioned")
    curl -fs -o /dev/null -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
      -d "{\"slug\":\"$slug\",\"name\":\"Tenant $slug\",\"timeZone\":\"Asia/Shanghai\",\"locale\":\"zh-CN\",\"currency\":\"CNY\",\"operatingMode\":\"HYBRID\"}" \
      "$api/tenants"
    curl -fs -o /dev/null -H "Authorization: Bearer $TOKEN" "$api/tenants/$slug/contacts"
    (( provisioned % 100 == 0 )) && echo "provisioned $provisioned" >&2
  done
  heap=$(heap_after_gc_mb "$pid")
  echo "{\"tenants\":$target,\"heap_mb\":$heap,\"ready_s\":null,\"bare_karaf_ready_s\":null,\"date\":\"$(date -u +%FT%TZ)\",\"nproc\":$(nproc)}" | tee -a "$OUT"
done
"$WORK/bpohub/bin/stop"
drop_prefixed
