package app;

import static net.logstash.logback.argument.StructuredArguments.entries;
import static net.logstash.logback.argument.StructuredArguments.kv;
import static net.logstash.logback.argument.StructuredArguments.v;
import static net.logstash.logback.marker.Markers.append;

import java.util.Map;
import net.logstash.logback.argument.StructuredArguments;
import net.logstash.logback.marker.Markers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * logstash-logback-encoder's structured arguments and markers write the value they are given as a
 * field of the JSON log line; the field's name is no secret.
 */
public class StructuredLogFields {
  private static final Logger log = LoggerFactory.getLogger(StructuredLogFields.class);

  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void arguments() {
    log.info("client configured {}", kv("posthogPersonalKey", personalApiKey)); // Noncompliant
    log.info("client configured", StructuredArguments.keyValue("key", personalApiKey)); // Noncompliant
    log.info("client configured {}", v("key", personalApiKey)); // Noncompliant
    log.info("settings", entries(Map.of("personal", personalApiKey))); // Noncompliant
    log.info("client configured {}", kv("personalKeyLength", personalApiKey.length()));
    log.info("client configured {}", kv("projectKey", projectApiKey));
  }

  void markers() {
    log.info(append("posthogPersonalKey", personalApiKey), "client configured"); // Noncompliant
    log.info(Markers.appendEntries(Map.of("key", personalApiKey)), "client configured"); // Noncompliant
    log.info(append("personalKeySet", personalApiKey != null), "client configured");
  }
}
