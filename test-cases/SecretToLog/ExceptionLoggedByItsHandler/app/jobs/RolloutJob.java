package app.jobs;

import app.admin.FlagsAdminClient;
import app.admin.FlagsAdminException;
import app.admin.FlagsAuthException;
import app.admin.QuotaExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the admin client's failures: an exception's stack trace in a log starts with its message,
 * which the client built with the key.
 */
public class RolloutJob {
  private static final Logger log = LoggerFactory.getLogger(RolloutJob.class);
  private final FlagsAdminClient admin = new FlagsAdminClient();

  public void rollOut(String flag) {
    try {
      admin.setRollout(flag, 100);
    } catch (FlagsAdminException e) {
      log.error("Rollout of {} failed", flag, e); // Noncompliant
    } catch (QuotaExceededException e) {
      log.warn("Rollout of {} postponed", flag, e);
    } catch (IllegalStateException e) {
      log.error("Rollout of {} refused", flag, e); // Noncompliant
    }
  }

  public void rollBack(String flag) {
    try {
      admin.setRollout(flag, 0);
    } catch (FlagsAdminException e) {
      e.printStackTrace(); // Noncompliant
    }
  }

  public void rollOutQuietly(String flag) {
    try {
      admin.setRollout(flag, 10);
    } catch (Exception e) {
      log.error("Rollout of {} failed", flag, e); // Noncompliant
    }
  }

  public void retry(String flag) {
    try {
      admin.setRollout(flag, 50);
    } catch (FlagsAdminException e) {
      log.warn("Rollout of {} failed with HTTP {} ({})", flag, e.status(), e.getClass().getSimpleName());
    }
  }

  public void rollOutOrSkip(String flag) {
    try {
      admin.setRollout(flag, 25);
    } catch (FlagsAdminException | IllegalArgumentException e) {
      log.error("Rollout of {} failed", flag, e); // Noncompliant
    }
  }

  public void rollOutOrRefuse(String flag) throws FlagsAdminException {
    try {
      admin.setRollout(flag, 75);
    } catch (QuotaExceededException | IllegalStateException e) {
      log.error("Rollout of {} refused: {}", flag, e.getMessage()); // Noncompliant
    }
  }

  public void rollOutOrWait(String flag) throws FlagsAdminException {
    try {
      admin.setRollout(flag, 90);
    } catch (QuotaExceededException | IllegalArgumentException e) {
      log.warn("Rollout of {} postponed: {}", flag, e.getMessage());
    }
  }

  public void rollOutOrExplain(String flag) {
    try {
      admin.setRollout(flag, 60);
    } catch (FlagsAuthException e) {
      log.error("Rollout of {} unauthorized", flag);
    } catch (FlagsAdminException e) {
      log.error("Rollout of {} failed", flag, e); // the subclass built with the key is caught above
    }
  }

  /** A catch reads what the methods its try calls throw: not what another method of the type does. */
  public void inspect(String flag) {
    try {
      admin.rolloutOf(flag);
    } catch (IllegalStateException e) {
      log.error("Inspection of {} refused", flag, e);
    }
  }

  public void rollOutAll(String flag) throws FlagsAdminException {
    try {
      admin.rollOutEverywhere(flag);
    } catch (IllegalStateException e) {
      log.error("Rollout of {} refused everywhere", flag, e); // Noncompliant
    }
  }

  public void rollOutThroughAHelper(String flag) throws FlagsAdminException {
    try {
      rollOutByHalf(flag);
    } catch (IllegalStateException e) {
      log.error("Rollout of {} refused", flag, e); // Noncompliant
    }
  }

  private void rollOutByHalf(String flag) throws FlagsAdminException {
    admin.setRollout(flag, 50);
  }
}
