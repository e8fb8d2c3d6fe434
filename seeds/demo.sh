#!/usr/bin/env bash
# The Parcelwatch demo: the three sample counties of seeds/ simulated day by day through 2023-2025 on a fresh
# embedded database. The business clock steps from day to day (only days on which something is dated or due),
# the nightly sweep runs on each of them, every record's actions are applied on their dates, and the timeline is
# printed: date, county, parcel, channel (sweep = a rule fired by itself, import = an action of the seed file),
# what and details. At the end: the refused records (all deliberately bad) and the notices per type, the table
# of seeds/README.md.
#
#   bash seeds/demo.sh            # print the timeline and the counts, then stop (about a minute with the build)
#   bash seeds/demo.sh --serve    # then keep serving the simulated counties on http://localhost:8080
#                                 # (users desk, patrol, brigade, auditor, admin; password = name)
set -euo pipefail
cd "$(dirname "$0")/.."

serve=false
for arg in "$@"; do
  case "$arg" in
    --serve) serve=true ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done

jar=$(ls monitoring-api/target/monitoring-api-*-exec.jar 2>/dev/null | head -n 1 || true)
if [[ -z "$jar" ]]; then
  echo "Building the application (mvn -B -q -Dmaven.test.skip=true install)..." >&2
  mvn -B -q -Dmaven.test.skip=true install
  jar=$(ls monitoring-api/target/monitoring-api-*-exec.jar | head -n 1)
fi

# The demo needs an empty database: the business clock only moves forward.
data=$(mktemp -d "${TMPDIR:-/tmp}/parcelwatch-demo.XXXXXX")
args=(--parcelwatch.demo=true "--parcelwatch.data-dir=$data" --spring.main.banner-mode=off
      --logging.level.root=ERROR --logging.level.org.parcelwatch.api.application.imports=WARN
      # the start-up says where it is (the JVM, the schema migrations, the load's progress), so the first
      # 15-20 seconds before the timeline are not silent
      --logging.level.org.parcelwatch.api.ParcelwatchApplication=INFO
      --logging.level.org.flywaydb.core.internal.command.DbMigrate=INFO
      --logging.level.org.parcelwatch.api.application.imports.ImportHeartbeat=INFO)
echo "Starting Parcelwatch on a fresh embedded database; the timeline follows once it is up (15-20 s)..." >&2
if [[ "$serve" == true ]]; then
  echo "Demo database: $data (the service keeps running on http://localhost:8080 after the timeline; Ctrl-C stops it)" >&2
  exec java -jar "$jar" "${args[@]}" --logging.level.org.springframework.boot.web=INFO
else
  trap 'rm -rf "$data"' EXIT
  java -jar "$jar" "${args[@]}" --parcelwatch.seed.exit-after-demo=true --server.port=0
fi
