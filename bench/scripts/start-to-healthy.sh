#!/usr/bin/env bash
# Starts the application in demo mode on DATA_DIR and reports how long it took to answer
# "status":"UP" on /actuator/health, and its resident memory then and at its peak.
# It leaves the application running (its PID is printed) so that it can be measured further.
#
#   bench/scripts/start-to-healthy.sh DATA_DIR [HEAP] [PORT]
#
# On an empty DATA_DIR this times the first start with the demo county's generation and import;
# on a loaded one, a restart.
set -euo pipefail
data_dir=${1:?usage: start-to-healthy.sh DATA_DIR [HEAP] [PORT]}
heap=${2:-1g}
port=${3:-18080}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
log="$data_dir.log"
mkdir -p "$(dirname "$data_dir")"
started=$(date +%s%N)
"$java" "-Xmx$heap" -jar api/target/riskgraph.jar --demo "--riskgraph.data-dir=$data_dir" \
  "--server.port=$port" >"$log" 2>&1 &
pid=$!
peak=0
until curl -s -m 2 "localhost:$port/actuator/health" | grep -q '"status":"UP"}$'; do
  kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $log" >&2; exit 1; }
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  ((rss > peak)) && peak=$rss
  sleep 0.25
done
elapsed=$((($(date +%s%N) - started) / 1000000))
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
((rss > peak)) && peak=$rss
printf 'healthy after %d.%03d s; RSS %d MB (peak %d MB); load %s; pid %d; log %s\n' \
  $((elapsed / 1000)) $((elapsed % 1000)) $((rss / 1024)) $((peak / 1024)) \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$pid" "$log"
