package io.github.posthogguard.config;

import io.github.posthogguard.analyzer.Finding;
import io.github.posthogguard.analyzer.TextRange;
import io.github.posthogguard.keys.KeyMask;
import io.github.posthogguard.keys.KeyMatch;
import io.github.posthogguard.keys.PostHogKeyType;
import io.github.posthogguard.rules.PostHogKeyClientExposure;
import java.util.List;
import java.util.Optional;

/**
 * {@code PostHogKeyClientExposure} in a config file: a personal or secret key where the value ships
 * to users. Android string resources, manifest {@code <meta-data>}, {@code buildConfigField},
 * {@code resValue} and {@code manifestPlaceholders} are packed into the app; front-end build
 * variables ({@code NEXT_PUBLIC_*}, {@code VITE_*}, {@code REACT_APP_*}, {@code EXPO_PUBLIC_*}) are
 * inlined into JavaScript; files under a web root, Android assets and Android code ship whole. A
 * literal secret key there is reported; so is any value under a personal or secret key's name (say,
 * {@code buildConfigField("String", "POSTHOG_PERSONAL_API_KEY", …)} filled in at build time).
 */
final class ClientExposureInConfig {
  private ClientExposureInConfig() {}

  static void check(ConfigScan scan, List<Finding> findings) {
    if (scan.placement() != Placement.SERVER) {
      for (KeySite site : scan.keys()) {
        if (site.key().type().isSecret()) {
          findings.add(
              finding(scan, site.range(), literal(site.key(), scan.placement().description())));
        }
      }
    }
    for (ConfigEntry entry : scan.file().entries()) {
      String where = shippedAs(entry);
      if (where == null) {
        continue;
      }
      List<KeyMatch> keys = entry.keys();
      boolean secretFound = false;
      for (KeyMatch key : keys) {
        if (key.type().isSecret()) {
          secretFound = true;
          findings.add(finding(scan, entry.rangeOf(key), literal(key, where)));
        }
      }
      boolean projectKey = keys.stream().anyMatch(k -> !k.type().isSecret());
      Optional<String> fromSecretVariable = ConfigNames.secretKeyReferencedBy(entry);
      if (!secretFound && !projectKey && fromSecretVariable.isPresent()) {
        // NEXT_PUBLIC_POSTHOG_ADMIN_KEY=$POSTHOG_PERSONAL_API_KEY: the build inlines that key
        PostHogKeyType referenced = ConfigNames.secretKeyTypeOf(fromSecretVariable.get());
        findings.add(
            finding(
                scan,
                entry.valueRange(),
                KeyMask.redact(entry.name())
                    + " is set from "
                    + KeyMask.redact(fromSecretVariable.get())
                    + ", a PostHog "
                    + KeyWording.kind(referenced)
                    + ", in "
                    + where
                    + ": it ships to every user, who gets "
                    + KeyWording.whatLeaks(referenced)
                    + "; keep it on a server and give clients only the project key (phc_...)"));
        continue;
      }
      // By name alone only a PostHog name counts: PERSONAL_API_KEY may be any vendor's.
      if (!secretFound
          && !projectKey
          && !(entry.kind().shipsToClients() && isEmptyString(entry.value()))
          && entry.normalizedName().contains("posthog")
          && ConfigNames.roleOf(entry.name()) == ConfigNames.Role.SECRET_KEY) {
        TextRange range =
            entry.value().isBlank() && entry.nameRange() != null
                ? entry.nameRange()
                : entry.valueRange();
        PostHogKeyType named = ConfigNames.secretKeyTypeOf(entry.name());
        findings.add(
            finding(
                scan,
                range,
                KeyMask.redact(entry.name())
                    + " names a PostHog "
                    + KeyWording.kind(named)
                    + " and is set in "
                    + where
                    + ": whatever key it holds ships to every user, who gets "
                    + KeyWording.whatLeaks(named)
                    + "; keep it on a server and give clients only the project key (phc_...)"));
      }
    }
  }

  /**
   * An app packs what the file writes: an empty value ({@code buildConfigField "String",
   * "POSTHOG_PERSONAL_API_KEY", "\"\""}) ships nothing. A front-end build variable left blank is
   * still reported: the build that inlines it fills it in.
   */
  private static boolean isEmptyString(String value) {
    String text = value.strip();
    if (text.length() >= 2
        && (text.startsWith("\"") && text.endsWith("\"")
            || text.startsWith("'") && text.endsWith("'"))) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text.isEmpty();
  }

  /** Where an entry's value ships, or null when it stays on a server. */
  private static String shippedAs(ConfigEntry entry) {
    if (entry.kind().shipsToClients()) {
      return entry.kind().shippedAs();
    }
    String prefix = ConfigNames.frontEndPrefix(entry.name());
    if (prefix != null) {
      return "the front-end build variable "
          + KeyMask.redact(ConfigNames.leaf(entry.name()))
          + ", which the bundler inlines into the JavaScript it ships";
    }
    return null;
  }

  private static String literal(KeyMatch key, String where) {
    return "PostHog "
        + KeyWording.kind(key.type())
        + " "
        + key.masked()
        + " in "
        + where
        + ": anyone who gets it has "
        + KeyWording.whatLeaks(key.type())
        + "; keep it on a server, give clients the project key (phc_...) and rotate this one";
  }

  private static Finding finding(ConfigScan scan, TextRange range, String message) {
    return new Finding(PostHogKeyClientExposure.ID, scan.path(), range, message, List.of());
  }
}
