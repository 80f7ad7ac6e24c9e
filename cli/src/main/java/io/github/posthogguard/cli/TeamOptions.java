package io.github.posthogguard.cli;

import io.github.posthogguard.flow.FlowOptions;
import io.github.posthogguard.options.GuardOptions;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The team's options from {@code --config FILE} (a properties file) and {@code --option KEY=VALUE},
 * the latter winning; keys and meanings are {@link GuardOptions}', shared with every surface.
 */
final class TeamOptions {
  private TeamOptions() {}

  /**
   * @throws IllegalArgumentException on an unknown key
   * @throws IOException when the file cannot be read
   */
  static FlowOptions of(Path configFile, Map<String, String> options) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    if (configFile != null) {
      Properties file = new Properties();
      try (Reader in = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        file.load(in);
      }
      file.stringPropertyNames().forEach(key -> values.put(key, file.getProperty(key)));
    }
    values.putAll(options);
    return GuardOptions.parse(values);
  }
}
