package app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Names that say secret, types of other files that say otherwise: nothing to report. */
public class NetworkClient {
  private static final Logger log = LoggerFactory.getLogger(NetworkClient.class);

  void send(RequestHeader header) {
    ApiKeys apiKey = header.apiKey();
    log.debug("sending {} request", apiKey);
    log.debug("request type {} in session {}", header.apiKey(), header.sessionId());
  }
}
