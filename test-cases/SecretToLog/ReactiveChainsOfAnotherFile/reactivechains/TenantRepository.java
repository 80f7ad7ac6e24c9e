package reactivechains;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A reactive repository of tenants. */
public interface TenantRepository {
  Mono<Tenant> findById(String id);

  Flux<Tenant> findAll();

  Flux<String> findAllSlugs();
}
