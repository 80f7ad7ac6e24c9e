#!/usr/bin/env bash
# Dumps the feature flag definitions of one PostHog project to stdout as JSON.
# Usage: scripts/export-flags.sh <project-id>
set -euo pipefail

PROJECT_ID="${1:?project id required}"
POSTHOG_HOST="${POSTHOG_HOST:-https://eu.posthog.com}"
POSTHOG_OAUTH_TOKEN="pha_bRhnTcNsxnNcuYVopVYkh2vBYZiDWQNNU2YGyWyQXSmu"

curl -sf \
  -H "Authorization: Bearer ${POSTHOG_OAUTH_TOKEN}" \
  "${POSTHOG_HOST}/api/projects/${PROJECT_ID}/feature_flags/?limit=200" | jq '.results'
