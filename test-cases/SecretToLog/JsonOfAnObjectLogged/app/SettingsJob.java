package app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An object's JSON form shows what it serializes, whatever its toString() says. */
public class SettingsJob {
  private static final Logger log = LoggerFactory.getLogger(SettingsJob.class);
  private final ObjectMapper mapper = new ObjectMapper();
  private final Gson gson = new Gson();

  void start(Settings settings, MaskedSettings masked) throws Exception {
    log.info("Starting with {}", mapper.writeValueAsString(settings)); // Noncompliant
    log.info("Starting with {}", gson.toJson(settings)); // Noncompliant
    log.info("Starting with {}", settings);
    log.info("Starting with {}", mapper.writeValueAsString(masked));
  }
}
