package api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the token client throws: its answer shows the token. */
public class TokenJob {
  private static final Logger log = LoggerFactory.getLogger(TokenJob.class);
  private final TokenClient client = new TokenClient();

  void run() {
    try {
      client.call("{}", 401);
    } catch (ApiFailure e) {
      log.error("token call failed: {}", e.toString()); // Noncompliant
    }
  }
}
