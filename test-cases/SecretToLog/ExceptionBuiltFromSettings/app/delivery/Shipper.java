package app.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Ships events once the gate allows it, and logs why it stopped. */
public class Shipper {
  private static final Logger log = LoggerFactory.getLogger(Shipper.class);
  private final DeliverySettings settings = new DeliverySettings();
  private final FlagGate gate = new FlagGate();

  boolean gateOpen() {
    try {
      return gate.shippingEnabled(settings);
    } catch (DeliveryException e) {
      log.error("shipping disabled", e); // Noncompliant
      return false;
    }
  }

  boolean hostUp() {
    try {
      return gate.hostReachable(settings);
    } catch (HostException e) {
      log.warn("host down: {}", e.getMessage()); // its message names the host only
      return false;
    }
  }
}
