package io.github.posthogguard.sonar.checks;

import org.sonar.check.Rule;

/** posthog-server's PostHogConfig with debug on and a personal API key set. */
@Rule(key = "PostHogDebugLogsPersonalKey")
public final class PostHogDebugLogsPersonalKeyCheck extends PostHogGuardCheck {}
