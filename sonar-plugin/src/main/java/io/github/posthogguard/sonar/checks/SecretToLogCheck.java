package io.github.posthogguard.sonar.checks;

import org.sonar.check.Rule;

/** A PostHog key or another secret that reaches a logger, the console or an exception message. */
@Rule(key = "SecretToLog")
public final class SecretToLogCheck extends PostHogGuardCheck {}
