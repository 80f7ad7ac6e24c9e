package flags;

import hudson.tasks.Notifier;

public class NotifyDeploy extends Notifier {
  private final String flagsSecureKey;

  public NotifyDeploy(String flagsSecureKey) {
    this.flagsSecureKey = flagsSecureKey;
  }

  public String getFlagsSecureKey() {
    return flagsSecureKey; // Noncompliant
  }
}
