package io.github.posthogguard.ide;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether messages show keys only as PostHog masks them ({@code phx_...abcd}). No message may hold
 * a key body (secret keys are 41 characters or more) or a prefix followed by more than a mask; the
 * messages of a rule that names the key it found must also hold such a mask.
 */
final class KeyMasks {
  private static final Pattern MASK = Pattern.compile("\\bph[xsar]_\\.\\.\\.[A-Za-z0-9]{4}\\b");
  private static final Pattern KEY_BODY = Pattern.compile("[A-Za-z0-9]{41,}");
  private static final Pattern UNMASKED_PREFIX = Pattern.compile("\\bph[xsar]_[A-Za-z0-9]{8}");

  private KeyMasks() {}

  /** The messages that show no mask, or that show a secret: for rules that name the key. */
  static List<String> badlyMasked(Collection<String> messages) {
    return messages.stream()
        .filter(message -> !MASK.matcher(message).find() || showsAKey(message))
        .toList();
  }

  /** The messages that show a secret: for every rule. */
  static List<String> showingAKey(Collection<String> messages) {
    return messages.stream().filter(KeyMasks::showsAKey).toList();
  }

  private static boolean showsAKey(String message) {
    return KEY_BODY.matcher(message).find() || UNMASKED_PREFIX.matcher(message).find();
  }
}
