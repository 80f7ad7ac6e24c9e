package app;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.argument.StructuredArguments;

/** AWS Lambda Powertools writes a structured argument's value as a field of the JSON log line. */
public class PowertoolsLogFields {
  private static final Logger log = LoggerFactory.getLogger(PowertoolsLogFields.class);

  private final String secureKey = System.getenv("POSTHOG_FEATURE_FLAGS_SECURE_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void fields() {
    log.info("evaluating", entry("secureKey", secureKey)); // Noncompliant
    log.info("evaluating", StructuredArguments.entries(Map.of("secureKey", secureKey))); // Noncompliant
    log.info("evaluating", StructuredArguments.array("keys", projectApiKey, secureKey)); // Noncompliant
    log.info("evaluating", StructuredArguments.json("settings", "{\"key\":\"" + secureKey + "\"}")); // Noncompliant
    log.info("evaluating", entry("secureKeyLength", secureKey.length()));
    log.info("evaluating", entry("projectKey", projectApiKey));
  }

  void context(String sessionToken, String distinctId) {
    software.amazon.lambda.powertools.logging.LoggingUtils.appendKey("session_token", sessionToken); // Noncompliant
    software.amazon.lambda.powertools.logging.LoggingUtils.appendKey("distinct_id", distinctId);
    software.amazon.lambda.powertools.logging.LoggingUtils.appendKeys(Map.of("key", secureKey)); // Noncompliant
    software.amazon.lambda.powertools.logging.LoggingUtils.appendKeys(Map.of("project", projectApiKey));
  }
}
