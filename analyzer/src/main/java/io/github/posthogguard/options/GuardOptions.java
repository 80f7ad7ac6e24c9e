package io.github.posthogguard.options;

import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.model.ModelException;
import io.github.posthogguard.model.TeamModels;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The options a team sets, defined once for every surface: Error Prone flags ({@code
 * -XepOpt:PostHogGuard:secretWords=pin,cvv}), the Sonar rule parameters of the flow rules, and the
 * CLI's {@code --option secretWords=pin,cvv} or {@code --config FILE}. Every value is a
 * comma-separated list.
 */
public final class GuardOptions {
  /** The Error Prone flag namespace: {@code -XepOpt:PostHogGuard:<key>=…}. */
  public static final String ERROR_PRONE_NAMESPACE = "PostHogGuard";

  public static final String SECRET_WORDS = "secretWords";
  public static final String SECRET_WORDS_DESCRIPTION =
      "Extra words that mark a variable, field, parameter, getter or configuration key as holding a"
          + " secret, comma-separated (e.g. pin,cvv)";
  public static final String SECRET_SOURCES = "secretSources";
  public static final String SECRET_SOURCES_DESCRIPTION =
      "Methods whose result is a secret, by simple name, comma-separated (e.g. readVaultSecret)";
  public static final String LOGGER_TYPES = "loggerTypes";
  public static final String LOGGER_TYPES_DESCRIPTION =
      "Fully qualified types whose every method writes to a log, comma-separated (e.g. com.acme.AuditLog)";
  public static final String SANITIZERS = "sanitizers";
  public static final String SANITIZERS_DESCRIPTION =
      "Methods whose result shows nothing of a secret, by simple name, comma-separated (e.g. scrub)";

  public static final String MODELS = "models";
  public static final String MODELS_DESCRIPTION =
      "Paths of the team's own model files (YAML, as the built-in ones in the analyzer's"
          + " resources), comma-separated; their rows add sources, sinks, sanitizers and more";

  /** One option: its key and what it means. */
  public record Definition(String key, String description) {}

  public static final List<Definition> DEFINITIONS =
      List.of(
          new Definition(SECRET_WORDS, SECRET_WORDS_DESCRIPTION),
          new Definition(SECRET_SOURCES, SECRET_SOURCES_DESCRIPTION),
          new Definition(LOGGER_TYPES, LOGGER_TYPES_DESCRIPTION),
          new Definition(SANITIZERS, SANITIZERS_DESCRIPTION),
          new Definition(MODELS, MODELS_DESCRIPTION));

  private GuardOptions() {}

  /**
   * The flow options that {@code values} (option key to comma-separated list) set. An unknown key
   * is an error that names the known ones; a team model file that cannot be read, one that names
   * the file, the line and what is wrong.
   */
  public static FlowOptions parse(Map<String, String> values) {
    for (String key : values.keySet()) {
      if (DEFINITIONS.stream().noneMatch(d -> d.key().equals(key))) {
        throw new IllegalArgumentException(
            "unknown PostHog Guard option '"
                + key
                + "'; known options: "
                + DEFINITIONS.stream().map(Definition::key).collect(Collectors.joining(", ")));
      }
    }
    FlowOptions options =
        new FlowOptions(
            list(values.get(SECRET_WORDS), true),
            list(values.get(SECRET_SOURCES), false),
            list(values.get(LOGGER_TYPES), false),
            list(values.get(SANITIZERS), false),
            List.copyOf(list(values.get(MODELS), false)));
    if (options.models().isEmpty()) {
      return options; // the built-in models are read when a file is first analyzed
    }
    try {
      TeamModels.of(options); // read now: a model file with an error is named once, up front
    } catch (ModelException e) {
      throw new IllegalArgumentException("option " + MODELS + ": " + e.getMessage(), e);
    }
    return options;
  }

  private static Set<String> list(String value, boolean lowerCase) {
    if (value == null) {
      return Set.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> lowerCase ? s.toLowerCase(Locale.ROOT) : s)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
