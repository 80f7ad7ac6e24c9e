package excmsg;

/** A masked key and a status beside the message, which comes last. */
public class RetirementException extends RuntimeException {
  private final String keyId;
  private final int status;

  public RetirementException(String keyId, int status, String message) {
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
