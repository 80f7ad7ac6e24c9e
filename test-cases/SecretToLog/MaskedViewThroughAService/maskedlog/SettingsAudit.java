package maskedlog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A view built whole by a record's constructor, two files away, shows what it was built with: the
 * masked view logs no key; one whose origin is unknown is judged by its components' names.
 */
public class SettingsAudit {
  private static final Logger log = LoggerFactory.getLogger(SettingsAudit.class);
  private final FlagSettingsService service = new FlagSettingsService();

  void audit() {
    log.info("serving {}", service.maskedSettings());
    log.info("ops view {}", service.settings()); // Noncompliant
    log.info("last view {}", service.lastSettings()); // Noncompliant
  }
}
