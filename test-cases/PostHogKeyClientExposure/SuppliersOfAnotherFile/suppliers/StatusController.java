package suppliers;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A supplier naming another file's method: the body is what that method returns. */
@RestController
public class StatusController {
  private final StatusService status = new StatusService();

  @GetMapping("/status")
  public Mono<StatusService.StatusView> status() {
    return Mono.fromSupplier(status::snapshot); // Noncompliant
  }

  @GetMapping("/status/callable")
  public Mono<StatusService.StatusView> callable() {
    return Mono.fromCallable(() -> status.snapshot()); // Noncompliant
  }

  @GetMapping("/status/public")
  public Mono<StatusService.PublicStatus> publicStatus() {
    return Mono.fromSupplier(status::publicSnapshot);
  }
}
