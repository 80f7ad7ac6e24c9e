#!/usr/bin/env bash
# Runs the shaded CLI against the staging project. Needs POSTHOG_PERSONAL_API_KEY in the environment.
set -euo pipefail

: "${POSTHOG_PERSONAL_API_KEY:?export POSTHOG_PERSONAL_API_KEY first}"
export POSTHOG_HOST="${POSTHOG_HOST:-https://eu.posthog.com}"
export POSTHOG_PROJECT_ID="${POSTHOG_PROJECT_ID:-31907}"

JAR="$(dirname "$0")/../flags-cli/target/flags-cli.jar"
java -jar "$JAR" diagnose
java -jar "$JAR" list --filter 'key ~ "checkout"'
java -jar "$JAR" toggle 1742 on --dry-run > /dev/null
echo "smoke test passed"
