package callbacks;

import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Fails with the personal key in the exception's message. */
public class FlagClient {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public Mono<String> definitions() {
    return Mono.error(new DefinitionsRefusedException("refused key " + personalKey)); // Noncompliant
  }

  public Flux<String> flags() {
    return Flux.error(new DefinitionsRefusedException("refused key " + personalKey)); // Noncompliant
  }

  public CompletableFuture<String> definitionsLater() {
    return CompletableFuture.failedFuture(new DefinitionsRefusedException("refused key " + personalKey)); // Noncompliant
  }
}
