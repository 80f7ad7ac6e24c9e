package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.keys.KeyMatch;

/**
 * A plausible PostHog key as it stands in a file: the key, where it is written, and the entry whose
 * value it is (null for a key outside any entry: a comment, a line of text).
 */
record KeySite(KeyMatch key, TextRange range, ConfigEntry entry) {}
