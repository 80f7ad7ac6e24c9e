#!/usr/bin/env bash
# Manually add a release annotation when the bot could not (e.g. hotfix pushed by hand).
# Usage: scripts/annotate-release.sh v1.4.2
set -euo pipefail

VERSION="${1:?usage: annotate-release.sh <version>}"
PROJECT_ID="${POSTHOG_PROJECT_ID:-48211}"
NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"

curl -sS -X POST "https://us.posthog.com/api/projects/${PROJECT_ID}/annotations/" \
  -H "Authorization: Bearer phx_uRdLDoksLCsxJoMmEwbS25uywQbmo28R42Vx5eSFCbvh8jDw" \
  -H "Content-Type: application/json" \
  -d "{\"content\": \"Release ${VERSION}\", \"date_marker\": \"${NOW}\", \"scope\": \"project\"}"
