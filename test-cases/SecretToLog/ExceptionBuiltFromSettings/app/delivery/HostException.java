package app.delivery;

/** A host that cannot be reached: its message names the host of the settings, not their key. */
public class HostException extends RuntimeException {
  public HostException(DeliverySettings settings, String reason) {
    super(reason + " [host=" + settings.getHost() + "]");
  }
}
