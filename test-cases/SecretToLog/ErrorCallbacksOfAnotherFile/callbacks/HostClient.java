package callbacks;

import java.util.concurrent.CompletableFuture;
import reactor.core.publisher.Mono;

/** Fails with nothing secret in its message. */
public class HostClient {
  public Mono<String> host() {
    return Mono.error(new IllegalStateException("no host configured"));
  }

  public CompletableFuture<String> hostLater() {
    return CompletableFuture.failedFuture(new IllegalStateException("no host configured"));
  }
}
