package kept.jobs;

public class KeptSyncFailure extends RuntimeException {
  public KeptSyncFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
