package io.lumen.flags.repository;

import io.lumen.flags.domain.ApiCredential;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface ApiCredentialRepository extends ReactiveCrudRepository<ApiCredential, Long> {

    Mono<ApiCredential> findByName(String name);

    Flux<ApiCredential> findByKind(ApiCredential.Kind kind);
}
