package ops;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/** An actuator endpoint's operations answer its HTTP and JMX clients. */
@Endpoint(id = "posthog")
public class PostHogEndpoint {
  private final FlagCache cache = new FlagCache();

  @ReadOperation
  public FlagStatus status() {
    return cache.status(); // Noncompliant
  }

  @WriteOperation
  public FlagStatus refresh() {
    return cache.publicStatus();
  }

  @DeleteOperation
  public String evict() {
    return "evicted";
  }
}
