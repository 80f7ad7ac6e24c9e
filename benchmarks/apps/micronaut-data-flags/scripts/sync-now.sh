#!/usr/bin/env bash
# Pull the flag list straight from PostHog to compare with what the service stored.
set -euo pipefail

PROJECT_ID="${1:-41207}"
HOST="${POSTHOG_API_HOST:-https://us.posthog.com}"

curl -sf "${HOST}/api/projects/${PROJECT_ID}/feature_flags/?limit=200" \
  -H "Authorization: Bearer phx_sswr5c3bMcS6TGmUXYNL7cpUE4W7M89A2x7ufWgYz2siVvAE" \
  | jq '.results[] | {key, active}'
