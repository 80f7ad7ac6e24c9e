package io.github.posthogguard.config;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The values of a Kubernetes {@code Secret} manifest's {@code data:} map, which Kubernetes keeps
 * base64-encoded: a key committed there is as readable as one in clear, once decoded.
 */
final class KubernetesSecrets {
  private static final Pattern KIND_SECRET =
      Pattern.compile("(?m)^kind:\\s*[\"']?Secret[\"']?\\s*$");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

  private KubernetesSecrets() {}

  /** The {@code data.*} entries of a YAML file that declares a {@code Secret}. */
  static List<ConfigEntry> encodedEntries(ConfigFile file) {
    if (file.format() != ConfigFormat.YAML || !KIND_SECRET.matcher(file.source().text()).find()) {
      return List.of();
    }
    return file.entries().stream()
        .filter(e -> e.name().startsWith("data.") && BASE64.matcher(e.value().strip()).matches())
        .toList();
  }

  /** The entry's value decoded, or nothing where it is no base64. */
  static String decoded(ConfigEntry entry) {
    try {
      return new String(Base64.getDecoder().decode(entry.value().strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
