package excmsg;

/** Builds its message from every argument: the credential too. */
public class UpstreamException extends RuntimeException {
  private final int status;

  public UpstreamException(int status, String path, String credential) {
    super("PostHog API " + path + " returned HTTP " + status + " using key " + credential);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
