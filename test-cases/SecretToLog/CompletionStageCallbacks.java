import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a CompletionStage completes with flows through its steps to the callbacks it is given. */
public class CompletionStageCallbacks {
  private static final Logger log = LoggerFactory.getLogger(CompletionStageCallbacks.class);

  CompletionStage<String> rotate(CompletionStage<JsonNode> response) {
    return response.thenApply(json -> json.path("secret_api_token").asText());
  }

  void rotated(CompletionStage<JsonNode> response) {
    rotate(response).thenAccept(newKey -> log.warn("new key {}", newKey)); // Noncompliant
    rotate(response).thenApply(String::length).thenAccept(n -> log.warn("{} characters", n));
    response.thenAccept(json -> log.info("issued {}", json.path("access_token").asText())); // Noncompliant
    response.thenAccept(json -> log.info("status {}", json.path("status").asText()));
  }

  void completed(String password, String clientSecret) {
    CompletableFuture.completedFuture(password).thenAccept(p -> log.debug("{}", p)); // Noncompliant
    CompletableFuture.supplyAsync(() -> clientSecret).thenAccept(s -> log.debug("{}", s)); // Noncompliant
    CompletableFuture.completedFuture("ready").thenAccept(s -> log.debug("{}", s));
  }
}
