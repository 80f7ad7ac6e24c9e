package beans;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reads what the loader stored in the shared bean. */
@Service
public class CredentialAudit {
  private static final Logger log = LoggerFactory.getLogger(CredentialAudit.class);
  private final CurrentCredential credential;

  public CredentialAudit(CurrentCredential credential) {
    this.credential = credential;
  }

  void audit() {
    log.info("PostHog calls use {}", credential.current()); // Noncompliant
    log.info("PostHog region {}", credential.region());
    log.info("PostHog credential set: {}", credential.current() != null);
  }
}
