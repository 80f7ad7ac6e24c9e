package io.github.posthogguard.config;

import io.github.posthogguard.keys.PostHogKeyType;
import java.util.Optional;

/**
 * What PostHog key a config entry holds: its kind, and whether the key is written in a committed
 * file ({@code literal}, found in the entry's value or through its placeholders) or only told by
 * names (a placeholder or an empty value under a key's name). {@code source} is the entry where the
 * literal or the telling name stands, which may be another entry than the one asked about.
 */
public record HeldKey(
    ConfigEntry entry, PostHogKeyType type, boolean literal, Optional<ConfigEntry> source) {}
