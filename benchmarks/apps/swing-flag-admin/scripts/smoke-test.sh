#!/usr/bin/env bash
# Quick check that the API answers before cutting a release.
set -euo pipefail

export POSTHOG_HOST="${POSTHOG_HOST:-https://eu.posthog.com}"
export POSTHOG_PROJECT_ID="${POSTHOG_PROJECT_ID:-48213}"
export POSTHOG_PERSONAL_API_KEY="phx_rffVqcV2bAW8kCQKhQVFa9jH8V5z8RaAx85TcVPpWaAADeKQ"

curl -sf -H "Authorization: Bearer ${POSTHOG_PERSONAL_API_KEY}" \
  "${POSTHOG_HOST}/api/projects/${POSTHOG_PROJECT_ID}/feature_flags/?limit=1" > /dev/null
echo "PostHog API reachable"
