package reactivechains;

import io.smallrye.mutiny.Uni;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Tenants loaded through Mutiny and Reactor chains of another file's methods: each step's lambda
 * gets what the chain holds, a tenant whose toString shows its token.
 */
public class TenantService {
  private static final Logger log = LoggerFactory.getLogger(TenantService.class);
  private final TenantRepository repository;

  TenantService(TenantRepository repository) {
    this.repository = repository;
  }

  Uni<Tenant> apply(String slug) {
    return Tenant.findBySlug(slug)
        .onItem().ifNull().failWith(() -> new IllegalStateException("unknown tenant " + slug))
        .invoke(tenant -> log.debug("applying to {}", tenant)); // Noncompliant
  }

  Uni<Tenant> load(String slug) {
    return Tenant.findBySlug(slug)
        .onItem().ifNotNull().invoke(tenant -> log.debug("loaded {}", tenant)) // Noncompliant
        .invoke(tenant -> log.debug("loaded {} (token v{})", tenant.slug, tenant.apiTokenVersion));
  }

  Uni<String> rename(String slug, String name) {
    return Tenant.findBySlug(slug)
        .onItem().ifNull().continueWith(new Tenant())
        .chain(tenant -> {
          log.info("renaming {}", tenant); // Noncompliant
          return Tenant.findBySlug(name).map(renamed -> renamed.slug);
        });
  }

  void audit(String slug) {
    Tenant.findBySlug(slug).subscribe().with(tenant -> log.info("audited {}", tenant)); // Noncompliant
    Tenant.countActive().subscribe().with(count -> log.info("{} active tenants", count));
  }

  Flux<Tenant> all() {
    return repository.findAll()
        .filter(tenant -> tenant.slug != null)
        .doOnNext(tenant -> log.trace("listing {}", tenant)); // Noncompliant
  }

  Flux<String> slugs() {
    return repository.findAllSlugs().doOnNext(slug -> log.trace("slug {}", slug));
  }

  void one(String id) {
    repository.findById(id).subscribe(tenant -> log.info("found {}", tenant)); // Noncompliant
  }
}
