package com.quillfern.flagdesk.domain;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

public interface FlagOverrideRepository extends ReactiveCrudRepository<FlagOverride, Long> {

    Mono<FlagOverride> findByFlagKeyAndDistinctId(String flagKey, String distinctId);

    Flux<FlagOverride> findByFlagKey(String flagKey);
}
