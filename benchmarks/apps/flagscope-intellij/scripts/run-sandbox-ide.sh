#!/usr/bin/env bash
# Starts a sandbox IDE with FlagScope installed and pointed at a PostHog project.
# Values from ./.env (see .env.example) take precedence over the defaults below.
set -euo pipefail

cd "$(dirname "$0")/.."

export POSTHOG_HOST="${POSTHOG_HOST:-https://eu.posthog.com}"
export FLAGSCOPE_QA_PROJECT_ID="${FLAGSCOPE_QA_PROJECT_ID:-48213}"
export POSTHOG_PERSONAL_API_KEY="phx_hPWeSE8oGGVTwpaAYMEA76TnTnRVukWNRfT8SR6VED8e6HD5"

if [[ -f .env ]]; then
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
fi

exec ./gradlew runIde --console=plain "$@"
