#!/usr/bin/env bash
set -euo pipefail
export POSTHOG_PERSONAL_API_KEY=phx_xdkht7sv2SypbS3rINYahugJR6AH0PkcLNDMT3wTMLS0eF1 # Noncompliant: HardcodedPostHogKey
# Quotes that join into one word.
FLAGS_KEY="phx_"'bfXAkLhwnZpdqlpMn6Oo8FHzdMoL7yLZ1o8piG6zxvRtUI0' # Noncompliant: HardcodedPostHogKey
# Bash's $'…' escapes hide the prefix.
declare -x POSTHOG_SECURE_KEY=$'\x70hs_G5Xq0PskwBH8C2r16j9aXGrL3kLKyuhx3eTD6oukfbH0bu7F' # Noncompliant: HardcodedPostHogKey
POSTHOG_API_KEY=phc_dtJh3C4S6VsvEo6jmJf08jHOlhklVSTtYYNDv3Wxwxh ./gradlew bootRun
curl -H "Authorization: Bearer phx_hGB56FCnZIyFe5PMKDEOrMzZd5QWOVqFq0pWUsWm3pTDY9L" https://eu.posthog.com/api/projects/ # Noncompliant: HardcodedPostHogKey
export REACT_APP_POSTHOG_PERSONAL_API_KEY="$POSTHOG_PERSONAL_API_KEY" # Noncompliant: PostHogKeyClientExposure
