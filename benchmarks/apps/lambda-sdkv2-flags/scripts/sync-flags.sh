#!/bin/sh
# Pulls the active flag definitions from PostHog into /tmp/flags.json for local testing.
set -eu

API_HOST="${POSTHOG_API_HOST:-https://us.posthog.com}"
PROJECT_ID="${POSTHOG_PROJECT_ID:?POSTHOG_PROJECT_ID is required}"

# OAuth app "nw-flags-sync" – refresh token issued to the platform bot user
REFRESH_TOKEN="phr_E8tS66GXmMe2zk8GFUWYHCY9J7wt5jrLzdkMNdNXVN4cADck"

if [ -n "${POSTHOG_PERSONAL_API_KEY:-}" ]; then
  AUTH="Bearer ${POSTHOG_PERSONAL_API_KEY}"
else
  ACCESS_TOKEN=$(curl -fsS -X POST "$API_HOST/oauth/token/" \
    -d grant_type=refresh_token \
    -d client_id=nw-flags-sync \
    -d refresh_token="$REFRESH_TOKEN" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  AUTH="Bearer ${ACCESS_TOKEN}"
fi

curl -fsS -H "Authorization: $AUTH" \
  "$API_HOST/api/projects/$PROJECT_ID/feature_flags/?active=true" -o /tmp/flags.json
echo "synced $(grep -o '"key"' /tmp/flags.json | wc -l) flag definitions"
