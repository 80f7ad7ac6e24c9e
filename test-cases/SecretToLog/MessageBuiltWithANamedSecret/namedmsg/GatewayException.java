package namedmsg;

/** An exception of the project: its message is what each creation builds. */
public class GatewayException extends RuntimeException {
  public GatewayException(String message) {
    super(message);
  }
}
