#!/usr/bin/env bash
# Quick pre-demo check: PostHog flag API reachable, assistant answers.
set -euo pipefail

HOST="${POSTHOG_HOST:-https://us.posthog.com}"
PROJECT_ID="${POSTHOG_PROJECT_ID:-48213}"
APP="${APP_URL:-http://localhost:8080}"

curl -fsS -H "Authorization: Bearer phx_Pa6N5ZmbC7FmBwWLdX37YaYAEZcusypSJby6vvmDE2DzECqF" \
  "$HOST/api/projects/$PROJECT_ID/feature_flags/?limit=5" | jq -r '.results[].key'

curl -fsS -X POST "$APP/api/chat" \
  -H 'Content-Type: application/json' \
  -d '{"userId":"smoke-test","conversationId":"smoke","message":"Which flags are rolled out to 100%?"}' | jq .
