package io.github.posthogguard.keys;

/** A key found in a string value: its kind, its text and where it stands in the value. */
public record KeyMatch(PostHogKeyType type, String key, int start, int end) {

  public String masked() {
    return KeyMask.mask(key);
  }
}
