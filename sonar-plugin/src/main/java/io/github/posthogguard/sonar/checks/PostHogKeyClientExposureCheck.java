package io.github.posthogguard.sonar.checks;

import org.sonar.check.Rule;

/** A PostHog personal or secret key that reaches the end user's browser. */
@Rule(key = "PostHogKeyClientExposure")
public final class PostHogKeyClientExposureCheck extends PostHogGuardCheck {}
