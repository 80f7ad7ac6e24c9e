package mapper.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import mapper.util.Mappers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What another file's static field is, its declaration says: a mapper writes what it is given. */
public class StartupReport {
  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  void report() throws JsonProcessingException {
    String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
    log.info("settings {}", Mappers.JSON.writeValueAsString(Map.of("personalKey", personalKey))); // Noncompliant
    log.info("settings {}", Mappers.JSON.writeValueAsString(Map.of("configured", personalKey != null)));
  }
}
