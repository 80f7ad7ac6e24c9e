package quiet.jobs;

public class FlagSyncFailure extends RuntimeException {
  private final int status;

  public FlagSyncFailure(String message, int status) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
