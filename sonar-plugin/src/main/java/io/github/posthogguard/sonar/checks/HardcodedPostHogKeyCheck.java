package io.github.posthogguard.sonar.checks;

import org.sonar.check.Rule;

/** A PostHog secret key written into source: in a literal, assembled, or in a comment. */
@Rule(key = "HardcodedPostHogKey")
public final class HardcodedPostHogKeyCheck extends PostHogGuardCheck {}
