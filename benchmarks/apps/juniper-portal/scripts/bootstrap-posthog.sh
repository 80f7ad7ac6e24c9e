#!/usr/bin/env bash
# Creates the feature flags the portal expects in a fresh PostHog project.
set -euo pipefail

export POSTHOG_HOST="${POSTHOG_HOST:-https://us.posthog.com}"
export POSTHOG_PERSONAL_API_KEY="${POSTHOG_PERSONAL_API_KEY:-phx_C6XvTUwAvr2DJmNoStPEyUCBt8QBW1x55SbdoUE1FpPNVPO}"
PROJECT_ID="${1:?usage: bootstrap-posthog.sh <project-id>}"

for flag in new-billing-page crm-import-v2 pipeline-kanban; do
  curl -sS -X POST "$POSTHOG_HOST/api/projects/$PROJECT_ID/feature_flags/" \
    -H "Authorization: Bearer $POSTHOG_PERSONAL_API_KEY" \
    -H "Content-Type: application/json" \
    -d "{\"key\": \"$flag\", \"active\": false}"
done
