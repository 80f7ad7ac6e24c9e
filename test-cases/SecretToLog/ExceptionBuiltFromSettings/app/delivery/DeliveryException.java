package app.delivery;

/** A failed delivery: one constructor writes the key it read from the settings into its message. */
public class DeliveryException extends RuntimeException {
  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryException(DeliverySettings settings, String reason, Throwable cause) {
    super(reason + " [host=" + settings.getHost() + ", key=" + settings.getPersonalApiKey() + "]", cause);
  }
}
