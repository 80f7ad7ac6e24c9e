package audit;

import java.util.logging.Logger;

/** Writes what its callers in other files hand it: sentences, some written with a secret. */
public class AuditLog {
  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  public void record(String message) {
    LOG.info(message); // Noncompliant
  }

  public void recordFormatted(String line) {
    LOG.info(line); // Noncompliant
  }

  public void recordBuilt(String line) {
    LOG.warning(line); // Noncompliant
  }

  public void recordUser(String user) {
    LOG.info("user " + user);
  }

  public void recordOutcome(String outcome) {
    LOG.info(outcome);
  }
}
