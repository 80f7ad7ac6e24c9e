package com.acme.flaghook.model;

import java.time.Instant;

/** One feature-flag change, as PostHog's webhook destination sends it and as we store it. */
public record FlagChangeEvent(
    String flagKey, String action, String distinctId, long teamId, Instant changedAt) {}
