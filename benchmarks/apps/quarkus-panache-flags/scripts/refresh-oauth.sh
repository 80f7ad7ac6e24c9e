#!/usr/bin/env bash
# Refreshes the OAuth access token used by the nightly export job.
set -euo pipefail

POSTHOG_APP_HOST="${POSTHOG_APP_HOST:-https://us.posthog.com}"
POSTHOG_OAUTH_REFRESH_TOKEN="phr_P7YWqdUfENJMy4vukSxnbpduLnAnSaAJNac4DA65zoRC4kic"

curl -sS -X POST "${POSTHOG_APP_HOST}/oauth/token/" \
  -d grant_type=refresh_token \
  -d client_id="${POSTHOG_OAUTH_CLIENT_ID}" \
  -d refresh_token="${POSTHOG_OAUTH_REFRESH_TOKEN}" \
  | jq -r '.access_token' > .posthog-access-token
