package io.quillmark.edge.flags;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface FlagDefinitionRepository extends ReactiveCrudRepository<FlagDefinition, Long> {

    Flux<FlagDefinition> findAllByActiveTrueOrderByFlagKey();

    Mono<FlagDefinition> findByFlagKey(String flagKey);

    Mono<Void> deleteByPosthogIdNotIn(Iterable<Long> posthogIds);
}
