#!/usr/bin/env bash
set -euo pipefail

# Refreshes the OAuth access token for the export service account, then exports yesterday's events.
export POSTHOG_OAUTH_REFRESH_TOKEN="phr_s6yqQD4wAIupRD7HXClZUG966JNpo7F5L5vsjnWBTHbwjl"

ACCESS_TOKEN=$(curl -fsS -X POST https://us.posthog.com/oauth/token/ \
  -d grant_type=refresh_token \
  -d refresh_token="${POSTHOG_OAUTH_REFRESH_TOKEN}" \
  -d client_id="${POSTHOG_OAUTH_CLIENT_ID}" | jq -r .access_token)
export POSTHOG_OAUTH_ACCESS_TOKEN="${ACCESS_TOKEN}"

DAY=$(date -u -d yesterday +%F)
java -jar build/libs/event-exporter-0.9.3-all.jar whoami
java -jar build/libs/event-exporter-0.9.3-all.jar export \
  --project-id "${POSTHOG_PROJECT_ID}" \
  --since "${DAY}T00:00:00Z" \
  --out "exports/events-${DAY}.ndjson"
