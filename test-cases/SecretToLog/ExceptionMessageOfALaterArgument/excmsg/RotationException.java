package excmsg;

/** A key id and a status beside the message, which comes last. */
public class RotationException extends RuntimeException {
  private final String keyId;
  private final int status;

  public RotationException(String keyId, int status, String message) {
    super(message);
    this.keyId = keyId;
    this.status = status;
  }

  public String keyId() {
    return keyId;
  }

  public int status() {
    return status;
  }
}
