package io.github.posthogguard.sonar.checks;

import org.sonar.check.Rule;

/**
 * The wrong kind of PostHog key handed to a PostHog SDK: a personal key as the project key, or the
 * reverse.
 */
@Rule(key = "PostHogKeyMisuse")
public final class PostHogKeyMisuseCheck extends PostHogGuardCheck {}
