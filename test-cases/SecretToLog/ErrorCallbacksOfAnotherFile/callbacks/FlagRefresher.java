package callbacks;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Error callbacks get what the chain before them fails with: the flag client's failures carry the
 * key in their message, the host client's do not.
 */
public class FlagRefresher {
  private static final Logger log = LoggerFactory.getLogger(FlagRefresher.class);
  private final FlagClient client = new FlagClient();
  private final HostClient hosts = new HostClient();

  void refresh() {
    client.definitions().subscribe(json -> log.info("{} bytes", json.length()), error -> log.error("refresh failed", error)); // Noncompliant
    client.flags().subscribe(flag -> log.info("flag {}", flag), error -> log.error("listing failed", error)); // Noncompliant
    client.definitions().doOnError(e -> log.warn("definitions failed", e)).subscribe(); // Noncompliant
    client.definitions().onErrorResume(e -> { log.warn("falling back", e); return Mono.empty(); }).subscribe(); // Noncompliant
    client.definitions().onErrorMap(e -> new IllegalStateException("wrapped")).subscribe();
    client.flags().doOnError(e -> log.warn("flags failed", e)).subscribe(); // Noncompliant
    hosts.host().subscribe(host -> log.info("host {}", host), error -> log.error("host failed", error));
    client.definitionsLater().exceptionally(e -> { log.error("later failed", e); return ""; }); // Noncompliant
    client.definitionsLater().whenComplete((json, e) -> log.info("done {}", json));
    hosts.hostLater().whenComplete((host, e) -> log.error("host {}", host, e));
    client.definitionsLater().handle((json, e) -> { log.error("handled", e); return json; }); // Noncompliant
  }
}
