package io.github.posthogguard.ide;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether messages show keys only as PostHog masks them ({@code phx_...abcd}): each message must
 * hold such a mask, and none may hold a key body (secret keys are 41 characters or more).
 */
final class KeyMasks {
  private static final Pattern MASK = Pattern.compile("\\bph[xsar]_\\.\\.\\.[A-Za-z0-9]{4}\\b");
  private static final Pattern KEY_BODY = Pattern.compile("[A-Za-z0-9]{41,}");
  private static final Pattern UNMASKED_PREFIX = Pattern.compile("\\bph[xsar]_[A-Za-z0-9]{8}");

  private KeyMasks() {}

  /** The messages that show no mask, or that show a secret. */
  static List<String> badlyMasked(Collection<String> messages) {
    return messages.stream()
        .filter(
            message ->
                !MASK.matcher(message).find()
                    || KEY_BODY.matcher(message).find()
                    || UNMASKED_PREFIX.matcher(message).find())
        .toList();
  }
}
