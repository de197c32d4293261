#!/usr/bin/env bash
# The stories benchmark on a throwaway PostgreSQL server started as CI starts it
# (scripts/postgres.sh; fsync off, stopped and removed on exit). Arguments go to bench.py:
#   bash benchmarks/stories/postgres.sh --work /tmp/sbench-pg --sizes 1000,10000
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/postgres.sh
start_postgres
.venv/bin/python benchmarks/stories/bench.py --url "$NEWSTRACE_TEST_POSTGRES_URL" "$@"
