package helpers;

import java.util.logging.Logger;

public class AuditLog {
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  static void keyInUse(String what, String value) {
    LOG.info(what + " uses " + value); // Noncompliant
  }

  void record(String what, String value) {
    LOG.fine(what + " recorded: " + value); // Noncompliant
  }
}
