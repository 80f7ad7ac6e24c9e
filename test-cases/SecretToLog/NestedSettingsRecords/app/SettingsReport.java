package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Nested settings logged: what the accessor of another file's record returns shows its key. */
public class SettingsReport {
  private static final Logger log = LoggerFactory.getLogger(SettingsReport.class);

  void adminPart(NestedPostHogSettings settings) {
    log.info("admin settings {}", settings.admin()); // Noncompliant
  }

  void whole(NestedPostHogSettings settings) {
    log.info("settings {}", settings); // Noncompliant
  }

  void credentials(ServiceSettings service) {
    log.debug("credentials {}", service.credentials()); // Noncompliant
    log.debug("service {}", service); // Noncompliant
  }

  void capturePart(NestedPostHogSettings settings) {
    log.info("capture settings {}", settings.capture()); // its toString() shows the project key only
  }

  void plainParts(NestedPostHogSettings settings, ServiceSettings service) {
    log.info("host {} project {}", settings.host(), settings.admin().projectId());
    log.info("service {} user {}", service.name(), service.credentials().user());
  }
}
