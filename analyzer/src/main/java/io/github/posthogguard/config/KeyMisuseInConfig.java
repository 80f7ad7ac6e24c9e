package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.rules.PostHogKeyMisuse;
import java.util.List;
import java.util.Optional;

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
        secretKeyReferenced(entry)
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

  /**
   * The name of a secret key the entry's value is set from ({@code POSTHOG_API_KEY:
   * ${POSTHOG_PERSONAL_API_KEY}}): wherever that variable is set, the project key's slot gets it.
   */
  private static Optional<String> secretKeyReferenced(ConfigEntry entry) {
    return entry.placeholders().stream()
        .map(Placeholder::name)
        .filter(name -> ConfigNames.roleOf(name) == ConfigNames.Role.SECRET_KEY)
        .findFirst();
  }

  private static String referenceMessage(String reference, String name) {
    PostHogKeyType type = ConfigNames.secretKeyTypeOf(reference);
    String exposure = type == PostHogKeyType.PERSONAL_API_KEY ? "an admin key" : "a secret key";
    return "PostHog "
        + KeyWording.kind(type)
        + " from "
        + KeyMask.redact(reference)
        + " set as "
        + name
        + ", which holds the project API key: capture fails with 401 and "
        + exposure
        + " is sent with every event; set the project key (phc_...) there";
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
      String exposure = type == PostHogKeyType.PERSONAL_API_KEY ? "an admin key" : "a secret key";
      return "PostHog "
          + KeyWording.kind(type)
          + " "
          + key.masked()
          + " set as "
          + name
          + ", which holds the project API key: capture fails with 401 and "
          + exposure
          + " is sent with every event; set the project key (phc_...) there and rotate this one";
    }
    return null;
  }
}
