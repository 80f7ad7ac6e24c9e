#!/usr/bin/env bash
# Dumps the current feature flag definitions to flags.json for QA.
set -euo pipefail

export POSTHOG_HOST="${POSTHOG_HOST:-https://us.posthog.com}"
export POSTHOG_PROJECT_ID="${POSTHOG_PROJECT_ID:-12345}"
export POSTHOG_PERSONAL_API_KEY=phx_P8gVmewj6LtEAfiTTvzRBt7ZX4RUNU2RJvNv7drhQ3UsVvVS

curl -sf -H "Authorization: Bearer ${POSTHOG_PERSONAL_API_KEY}" \
  "${POSTHOG_HOST}/api/projects/${POSTHOG_PROJECT_ID}/feature_flags/" > flags.json
echo "wrote flags.json"
