#!/usr/bin/env bash
# Builds the CLI distribution and checks that the release credentials still work.
set -euo pipefail

cd "$(dirname "$0")/.."

export POSTHOG_HOST="https://eu.i.posthog.com"
export POSTHOG_PROJECT_ID="48213"
export POSTHOG_PERSONAL_API_KEY="phx_yHqUtNv5WXVXn3XxPCWDCUpZcQ6GHwBEM5Pe92uT8TZYGyhh"

./gradlew --no-daemon clean :flags-cli:installDist :posthog-flags-gradle-plugin:publishToMavenLocal
./flags-cli/build/install/phflags/bin/phflags whoami
