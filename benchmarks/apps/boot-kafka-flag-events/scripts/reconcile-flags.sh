#!/usr/bin/env bash
# Manually trigger a flag snapshot from PostHog and diff it with the Redis cache.
set -euo pipefail

HOST="${POSTHOG_HOST:-https://us.posthog.com}"
PROJECT_ID="${POSTHOG_PROJECT_ID:-48213}"

curl -sf "${HOST}/api/projects/${PROJECT_ID}/feature_flags/?limit=200" \
  -H "Authorization: Bearer phx_pj5Tmtp3znndXT8FnAgAKSuwTdNTxmNxffJrWhmW3zG4gRgC" \
  | jq '.results[] | {key, active}' > /tmp/flags-remote.json

curl -sf "http://localhost:8080/admin/flags/cache" | jq '.' > /tmp/flags-cache.json
diff /tmp/flags-remote.json /tmp/flags-cache.json && echo "cache in sync"
