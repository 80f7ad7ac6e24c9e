package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.rules.PostHogKeyMisuse;
import java.util.List;

/**
 * {@code PostHogKeyMisuse} in a config file: the public project key under a name that asks for a
 * personal or secret key ({@code posthog.personal-api-key: phc_…}), or a personal or secret key
 * under a name that asks for the project key ({@code POSTHOG_API_KEY=phx_…}).
 */
final class KeyMisuseInConfig {
  private KeyMisuseInConfig() {}

  static void check(ConfigScan scan, List<Finding> findings) {
    for (ConfigEntry entry : scan.file().entries()) {
      ConfigNames.Role role = ConfigNames.roleOf(entry.name());
      if (role == ConfigNames.Role.NONE) {
        continue;
      }
      for (KeyMatch key : entry.keys()) {
        String message = message(role, key, KeyMask.redact(entry.name()));
        if (message != null) {
          findings.add(
              new Finding(
                  PostHogKeyMisuse.ID, scan.path(), entry.rangeOf(key), message, List.of()));
        }
      }
      if (role == ConfigNames.Role.PROJECT_KEY && entry.keys().isEmpty()) {
        ConfigNames.secretKeyReferencedBy(entry)
            .ifPresent(
                reference ->
                    findings.add(
                        new Finding(
                            PostHogKeyMisuse.ID,
                            scan.path(),
                            entry.valueRange(),
                            referenceMessage(reference, KeyMask.redact(entry.name())),
                            List.of())));
      }
    }
  }

  /** A secret key set from a variable named for one, where the project key goes. */
  private static String referenceMessage(String reference, String name) {
    return asTheProjectKey(
        ConfigNames.secretKeyTypeOf(reference), "from " + KeyMask.redact(reference), name, "");
  }

  /** A secret key where the project key goes: what it is ({@code what}) and the fix's end. */
  private static String asTheProjectKey(
      PostHogKeyType type, String what, String name, String andThen) {
    String exposure = type == PostHogKeyType.PERSONAL_API_KEY ? "an admin key" : "a secret key";
    return "PostHog "
        + KeyWording.kind(type)
        + " "
        + what
        + " set as "
        + name
        + ", which holds the project API key: capture fails with 401 and "
        + exposure
        + " is sent with every event; set the project key (phc_...) there"
        + andThen;
  }

  private static String message(ConfigNames.Role role, KeyMatch key, String name) {
    PostHogKeyType type = key.type();
    if (role == ConfigNames.Role.SECRET_KEY && type == PostHogKeyType.PROJECT_API_KEY) {
      return "PostHog project API key "
          + key.masked()
          + " set as "
          + name
          + ", which asks for a personal API key or a feature-flags secure API key: local"
          + " feature-flag evaluation cannot authenticate and silently falls back to remote"
          + " evaluation; set a personal API key (phx_...) or a secure API key (phs_...) there";
    }
    if (role == ConfigNames.Role.PROJECT_KEY
        && (type == PostHogKeyType.PERSONAL_API_KEY || type == PostHogKeyType.PROJECT_SECRET_KEY)) {
      return asTheProjectKey(type, key.masked(), name, " and rotate this one");
    }
    return null;
  }
}
