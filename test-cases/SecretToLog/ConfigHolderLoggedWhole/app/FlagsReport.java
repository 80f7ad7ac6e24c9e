package app;

import java.util.logging.Logger;

/** The holder's own toString() leaves the key out: logging it whole is fine. */
public class FlagsReport {
  private static final Logger log = Logger.getLogger(FlagsReport.class.getName());

  void report(FlagsSettings settings) {
    log.info("flags settings " + settings);
  }
}
