package controllers;

import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.libs.ws.WSClient;
import play.mvc.Http;

/** What a Play WS call answers, read from its JSON, reaches the stage's callbacks. */
public class KeyRotationController {
  private static final Logger log = LoggerFactory.getLogger(KeyRotationController.class);
  private final WSClient ws;

  public KeyRotationController(WSClient ws) {
    this.ws = ws;
  }

  CompletionStage<String> rotate() {
    return ws.url("https://us.posthog.com/api/projects/1/rotate_secret_token/")
        .addHeader("Content-Type", "application/json")
        .post("{}")
        .thenApply(response -> response.asJson().path("secret_api_token").asText());
  }

  public CompletionStage<Integer> rotated(Http.RequestHeader request) {
    log.info("rotation from {}", request.header(Http.HeaderNames.COOKIE).orElse("")); // Noncompliant
    log.info("rotation of {}", request.uri());
    log.info("rotation by {}", request.header(Http.HeaderNames.AUTHORIZATION)); // Noncompliant
    return rotate()
        .thenApply(
            newKey -> {
              log.warn("rotated, new key {}", newKey); // Noncompliant
              return newKey.length();
            });
  }
}
