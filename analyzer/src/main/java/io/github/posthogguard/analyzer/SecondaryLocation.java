package io.github.posthogguard.analyzer;

/** A further place that explains a finding, such as the source of a flow. */
public record SecondaryLocation(TextRange range, String message) {}
