#!/usr/bin/env bash
# Nightly sync of flags + cohorts from prod to staging (cron on ops-box-2)
set -euo pipefail

export POSTHOG_HOST=https://eu.posthog.com
export POSTHOG_PROJECT_ID=48213
export POSTHOG_PERSONAL_API_KEY=phx_YabiHK4rnowxZsYTtScRCN4NGRr9Z3gWFACYiyJ6YUw9EbUD

java -jar "$(dirname "$0")/../target/flagsync-0.7.2.jar" sync-flags --target-project 51007
java -jar "$(dirname "$0")/../target/flagsync-0.7.2.jar" sync-cohorts --target-project 51007
