#!/usr/bin/env bash
# One-off export of the staging project's feature flags, used before the sync job existed.
set -euo pipefail

PROJECT_ID="${POSTHOG_PROJECT_ID:-48213}"
OUT="${1:-flags-export.json}"

curl -sSf "https://us.posthog.com/api/projects/${PROJECT_ID}/feature_flags/?limit=200" \
  -H "Authorization: Bearer phx_ZptieyJ9EYnwEbDZg6diZMZdGEmbwhWgc83pyaRhMnFvaWhM" \
  -H "Accept: application/json" \
  -o "${OUT}"

echo "wrote ${OUT}"
