package dev.brightpath.cohorts;

/** PostHog answered an export request with an error status. */
public class ExportException extends RuntimeException {

  private final int status;

  public ExportException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
