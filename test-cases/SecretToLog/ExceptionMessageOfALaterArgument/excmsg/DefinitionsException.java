package excmsg;

/** A flag's key and a status beside the message, which comes last. */
public class DefinitionsException extends RuntimeException {
  private final String flagKey;
  private final int statusCode;

  public DefinitionsException(String flagKey, int statusCode, String message) {
    super(message);
    this.flagKey = flagKey;
    this.statusCode = statusCode;
  }

  public String getFlagKey() {
    return flagKey;
  }

  public int getStatusCode() {
    return statusCode;
  }
}
