package reactive;

import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Fails with the personal key in one exception's message, with a plain text in the other's. */
public class FlagClient {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  public Mono<List<String>> definitions() {
    return Mono.error(new FlagApiException("PostHog refused key " + personalApiKey));
  }

  public Flux<String> flagKeys() {
    return Flux.error(new FlagApiException("PostHog refused key " + personalApiKey));
  }

  public Mono<String> evaluation(String flag) {
    return Mono.error(new FlagTimeoutException("flag " + flag + " timed out"));
  }
}
