#!/usr/bin/env bash
# Runs a Gatling simulation against a running fleet (./shop start) and appends a short summary
# (requests, errors, RPS, p50/p95/p99 per request type) to load-tests/RESULTS.md.
# The HTML report stays in load-tests/target/gatling/.
#
#   load-tests/run.sh                       the shopper mix, 1,000 users (ShopMixSimulation)
#   load-tests/run.sh overhead              the gateway-overhead scenario
#   load-tests/run.sh checkout              completed checkouts, 20 concurrent shoppers
#   load-tests/run.sh catalog               product lists (plain, filtered, q), 50 clients, one phase each
#   load-tests/run.sh reservations          50 shoppers reserving and releasing the same product
#   load-tests/run.sh seed [100000]         grow the local fleet's catalog to 100,000 products
#   USERS=200 HOLD=60 load-tests/run.sh     smaller runs
#   WARMUP=0 load-tests/run.sh              skip the warm-up
#
# Each run starts with an unrecorded warm-up: the shopper mix at WARMUP_USERS (50) users for
# WARMUP seconds (120). A freshly started fleet runs interpreted and C1 code for its first
# minutes, and C2 compiling the hot paths takes most of a core per service: measured cold,
# a request cost two to four times the CPU it costs once compiled.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for home in /usr/lib/jvm/*; do
    if "$home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then export JAVA_HOME="$home"; break; fi
  done
fi
if [ "${1:-}" = seed ]; then
  # grows the running local fleet's catalog to ${2:-100000} products (BenchmarkCatalogSeeder)
  password=$(sed -n 's/^db-password.postgres=//p' .fleet/secrets.properties)
  exec ./mvnw -B -q -Pload-tests -pl load-tests -Dspring-javaformat.skip=true test-compile exec:java \
    -Dexec.classpathScope=test -Dexec.mainClass=shop.load.BenchmarkCatalogSeeder \
    -Dexec.args="jdbc:postgresql://localhost:${SHOP_PG_PORT:-5433}/shop postgres $password ${2:-100000}"
fi
simulation=shop.load.ShopMixSimulation
[ "${1:-}" = overhead ] && simulation=shop.load.GatewayOverheadSimulation
[ "${1:-}" = checkout ] && simulation=shop.load.CheckoutSimulation
[ "${1:-}" = catalog ] && simulation=shop.load.CatalogSimulation
[ "${1:-}" = reservations ] && simulation=shop.load.ReservationSimulation
if [ "${WARMUP:-120}" -gt 0 ]; then
  echo "Warming the fleet up: the shopper mix at ${WARMUP_USERS:-50} users for ${WARMUP:-120} s (not recorded)"
  ./mvnw -B -q -Pload-tests -pl load-tests -Dspring-javaformat.skip=true test-compile gatling:test \
    -Dsimulation=shop.load.ShopMixSimulation -DbaseUrl="${BASE_URL:-http://localhost:8080}" \
    -Dusers="${WARMUP_USERS:-50}" -DrampSeconds=10 -DholdSeconds="${WARMUP:-120}" >/dev/null 2>&1 || true
fi
./mvnw -B -q -Pload-tests -pl load-tests -Dspring-javaformat.skip=true test-compile gatling:test \
  -Dsimulation="$simulation" -DbaseUrl="${BASE_URL:-http://localhost:8080}" \
  -DcatalogUrl="${CATALOG_URL:-http://localhost:8082}" -Dusers="${USERS:-}" -DholdSeconds="${HOLD:-}" \
  -DrampSeconds="${RAMP:-}" -Dshoppers="${SHOPPERS:-}" \
  -DadminEmail="${SHOP_ADMIN_EMAIL:-admin@shop.local}" -DadminPassword="${SHOP_ADMIN_PASSWORD:-admin-password}" || true
rss=$(./shop status 2>/dev/null | awk '/RSS in all/ {print $1" "$2}')
./mvnw -B -q -Pload-tests -pl load-tests -Dspring-javaformat.skip=true exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=shop.load.ResultsSummary \
  -Dexec.args="load-tests/target/gatling load-tests/RESULTS.md 'Simulation ${simulation##*.}, users ${USERS:-default}; fleet RSS after the run: ${rss:-unknown}'"
