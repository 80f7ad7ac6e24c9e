#!/usr/bin/env bash
# Pull production flags and smoke-test local evaluation before the release train.
set -euo pipefail

: "${POSTHOG_PERSONAL_API_KEY:?export POSTHOG_PERSONAL_API_KEY first}"
POSTHOG_HOST="${POSTHOG_HOST:-https://us.posthog.com}"
PROJECT_ID="${PROJECT_ID:-48211}"

# public project token (also in the web app bundle)
PROJECT_TOKEN="phc_dNtSf2WNhvwRFwzi8AcKgZuvvJCKEhQtAYFwyT6edEk3"
# feature-flags secure key for the local evaluation endpoint
POSTHOG_SECRET_KEY="phs_sLH6Tejnwe4vv8kKg2b8s4XShnifGDfXs6rqnf48DoQn6Eqh"

java -jar target/flagsync.jar --host "$POSTHOG_HOST" --project "$PROJECT_ID" pull -o flags/prod.json

status=$(curl -s -o /dev/null -w '%{http_code}' \
  -H "Authorization: Bearer ${POSTHOG_SECRET_KEY}" \
  "https://us.i.posthog.com/api/feature_flag/local_evaluation/?token=${PROJECT_TOKEN}&send_cohorts")
if [[ "$status" != "200" ]]; then
  echo "local evaluation smoke test failed with HTTP $status" >&2
  exit 1
fi
echo "flags pulled, local evaluation OK"
