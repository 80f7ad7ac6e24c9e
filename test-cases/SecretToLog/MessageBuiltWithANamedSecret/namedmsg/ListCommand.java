package namedmsg;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the client throws, without a word of the secret its message holds. */
public class ListCommand {
  private static final Logger log = LoggerFactory.getLogger(ListCommand.class);
  private AdminClient client;

  void run() {
    try {
      client.listFlags(false);
    } catch (GatewayException e) {
      log.error("flags:list failed", e); // Noncompliant
    }
  }
}
