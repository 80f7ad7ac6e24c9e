package dev.brightpath.cohorts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Reads the exporter's properties: bundled defaults, then the --config file, then the environment. */
final class ConfigLoader {

  private static final Logger LOG = LogManager.getLogger(ConfigLoader.class);

  static final String PERSONAL_KEY_PROPERTY = "posthog.personal.api.key";
  static final String PERSONAL_KEY_ENV = "POSTHOG_PERSONAL_API_KEY";

  ExporterConfig load(Path file, String personalKeyOverride, boolean dryRun) {
    Properties props = new Properties(loadDefaults());
    try (Reader reader = Files.newBufferedReader(file)) {
      props.load(reader);
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    LOG.debug("Read {} properties from {}", props.size(), file);

    String fromEnv = System.getenv(PERSONAL_KEY_ENV);
    String personalApiKey = firstNonBlank(personalKeyOverride, fromEnv, props.getProperty(PERSONAL_KEY_PROPERTY));
    if (personalApiKey == null) {
      throw new ConfigException("No PostHog personal API key: set " + PERSONAL_KEY_ENV + " or " + PERSONAL_KEY_PROPERTY);
    }
    if (!personalApiKey.startsWith("phx_") && !personalApiKey.startsWith("phs_")) {
      throw new ConfigException("Value '" + personalApiKey + "' of " + PERSONAL_KEY_PROPERTY + " is neither a personal (phx_) nor a secure (phs_) key");
    }
    LOG.debug("Personal API key taken from {}", personalKeyOverride != null ? "--personal-api-key" : fromEnv != null ? PERSONAL_KEY_ENV : file);

    return ExporterConfig.builder()
        .projectApiKey(props.getProperty("posthog.api.key"))
        .personalApiKey(personalApiKey)
        .host(props.getProperty("posthog.host"))
        .privateHost(props.getProperty("posthog.private.host"))
        .projectId(Long.parseLong(props.getProperty("posthog.project.id", "0")))
        .batchSize(Integer.parseInt(props.getProperty("export.batch.size", "500")))
        .outputDir(Path.of(props.getProperty("export.output.dir", "out")))
        .dryRun(dryRun)
        .build();
  }

  private static Properties loadDefaults() {
    Properties defaults = new Properties();
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/exporter-defaults.properties")) {
      if (in != null) {
        defaults.load(in);
      }
    } catch (IOException e) {
      throw new ConfigException("Cannot read bundled defaults", e);
    }
    return defaults;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank() && !value.startsWith("${")) {
        return value.trim();
      }
    }
    return null;
  }
}
