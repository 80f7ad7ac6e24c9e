package io.github.posthogguard.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the rule docs that the build copies from {@code rules-docs/} into this jar. */
public final class RuleDocs {
  /** Where the docs are published; Error Prone links each diagnostic here. */
  public static final String URL_BASE =
      "https://github.com/posthog-guard/posthog-guard/blob/main/rules-docs/";

  private static final String FENCE = "---";

  private RuleDocs() {}

  public static RuleDoc load(String key) {
    String resource = "/io/github/posthogguard/docs/" + key + ".md";
    try (InputStream in = RuleDocs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no documentation for rule " + key + " at " + resource);
      }
      return parse(key, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static RuleDoc parse(String key, String text) {
    String normalized = text.replace("\r\n", "\n");
    if (!normalized.startsWith(FENCE + "\n")) {
      throw new IllegalArgumentException(key + ".md must start with a '---' front matter block");
    }
    int end = normalized.indexOf("\n" + FENCE + "\n", FENCE.length());
    if (end < 0) {
      throw new IllegalArgumentException(key + ".md: front matter is not closed by '---'");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : normalized.substring(FENCE.length() + 1, end).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(key + ".md: front matter line without ':': " + line);
      }
      fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
    String declaredKey = required(fields, key, "key");
    if (!declaredKey.equals(key)) {
      throw new IllegalArgumentException(key + ".md declares key " + declaredKey);
    }
    Map<String, String> impacts = new LinkedHashMap<>();
    for (String impact : list(fields.getOrDefault("impacts", ""))) {
      String[] parts = impact.split(":");
      impacts.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
    }
    return new RuleDoc(
        key,
        required(fields, key, "title"),
        required(fields, key, "summary"),
        required(fields, key, "type"),
        required(fields, key, "severity"),
        required(fields, key, "errorprone-severity"),
        impacts,
        list(fields.getOrDefault("cwe", "")).stream().map(Integer::valueOf).toList(),
        list(fields.getOrDefault("owasp-top10-2021", "")),
        list(fields.getOrDefault("tags", "")),
        list(fields.getOrDefault("parameters", "")),
        normalized.substring(end + FENCE.length() + 2).strip() + "\n");
  }

  private static String required(Map<String, String> fields, String key, String name) {
    String value = fields.get(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(key + ".md: front matter lacks '" + name + "'");
    }
    return value;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
