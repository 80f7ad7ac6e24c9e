package app.delivery;

/** Asks whether shipping is on; its failures carry the settings they were made with. */
public class FlagGate {
  public boolean shippingEnabled(DeliverySettings settings) {
    try {
      return evaluate(settings);
    } catch (IllegalStateException e) {
      throw new DeliveryException(settings, "flag evaluation failed", e);
    }
  }

  public boolean hostReachable(DeliverySettings settings) {
    if (settings.getHost().isEmpty()) {
      throw new HostException(settings, "no host");
    }
    return true;
  }

  private boolean evaluate(DeliverySettings settings) {
    return !settings.getHost().isEmpty();
  }
}
