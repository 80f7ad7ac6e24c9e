package app.poller;

import java.util.Map;

/** Wires the poller to the credentials of the configuration. */
public class Main {
  public static void main(String[] args) {
    PollerConfig config = new PollerConfig(Map.copyOf(System.getenv()));
    new FlagPoller(config.credentials()).poll();
  }
}
