#!/usr/bin/env bash
# Times GET /api/v1/links/chains between random persons of the demo county on a running
# application (e.g. one started by start-to-healthy.sh), with curl, one request at a time:
# p50 / p90 / p99 / max in ms and how many took over 500 ms.
#
#   bench/scripts/chain-latency.sh [REQUESTS] [SEED] [PORT]
set -euo pipefail
requests=${1:-300}
seed=${2:-3}
port=${3:-18080}
RANDOM=$seed
for ((i = 0; i < requests; i++)); do
  a=$(printf 'P%06d' $(((RANDOM * 32768 + RANDOM) % 210032 + 1)))
  b=$(printf 'P%06d' $(((RANDOM * 32768 + RANDOM) % 210032 + 1)))
  curl -s -o /dev/null -w '%{time_total}\n' -u analyst:demo -H 'X-Purpose: J20260927000001' \
    "localhost:$port/api/v1/links/chains?from=person:$a&to=person:$b&maxHops=6&limit=5"
done | sort -n | awk '{ t[NR] = $1 * 1000; if ($1 > 0.5) slow++ }
  END { printf "requests %d: p50 %.1f ms, p90 %.1f, p99 %.1f, max %.1f; over 500 ms: %d\n",
        NR, t[int(NR * 0.5)], t[int(NR * 0.9)], t[int(NR * 0.99)], t[NR], slow }'
