package app;

import feign.Request;
import feign.codec.ErrorDecoder;
import io.vertx.ext.web.client.HttpRequest;
import java.util.logging.Logger;

/** The headers a client sent, logged when the server refused them: its Authorization too. */
public class SentRequestLogs {
  private static final Logger LOG = Logger.getLogger(SentRequestLogs.class.getName());

  ErrorDecoder refusedRequests() {
    return (methodKey, response) -> {
      Request request = response.request();
      if (response.status() == 401) {
        LOG.warning("refused " + request.url() + ", sent headers " + request.headers()); // Noncompliant
      }
      LOG.warning(methodKey + " failed with HTTP " + response.status() + " for " + request.url());
      LOG.warning("sent " + request.headers().getOrDefault("Authorization", java.util.List.of())); // Noncompliant
      LOG.warning("sent " + request.headers().getOrDefault("Accept", java.util.List.of()));
      return new IllegalStateException("HTTP " + response.status());
    };
  }

  void vertxClient(HttpRequest<String> request, String personalApiKey) {
    request.bearerTokenAuthentication(personalApiKey);
    LOG.warning("sent headers " + request.headers()); // Noncompliant
    LOG.warning("sent to " + request.uri());
  }
}
