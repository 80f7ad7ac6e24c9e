package io.quillmark.edge.flags;

import com.posthog.server.PostHogInterface;
import io.quillmark.edge.config.PostHogProperties;
import io.quillmark.edge.support.KeyMasker;
import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
public class FeatureFlagService {

    private static final Logger log = LogManager.getLogger(FeatureFlagService.class);

    private final PostHogInterface posthog;
    private final PostHogApiClient api;
    private final FlagDefinitionRepository repository;
    private final PostHogProperties props;

    public FeatureFlagService(PostHogInterface posthog,
                              PostHogApiClient api,
                              FlagDefinitionRepository repository,
                              PostHogProperties props) {
        this.posthog = posthog;
        this.api = api;
        this.repository = repository;
        this.props = props;
    }

    /** The SDK call blocks while a poll is in flight, so keep it off the event loop. */
    public Mono<Boolean> isEnabled(String flagKey, String distinctId) {
        return Mono.fromCallable(() -> posthog.isFeatureEnabled(distinctId, flagKey))
                .subscribeOn(Schedulers.boundedElastic())
                .map(Boolean.TRUE::equals)
                .onErrorResume(e -> {
                    log.warn("flag {} evaluation failed for {} ({}), failing closed",
                            flagKey, distinctId, e.getClass().getSimpleName());
                    return Mono.just(false);
                });
    }

    /** Pulls definitions from PostHog and mirrors them into flag_definition. */
    public Flux<FlagDefinition> refreshFromPostHog() {
        Instant now = Instant.now();
        return api.listFlags()
                .map(remote -> FlagDefinition.fromRemote(remote, now))
                .collectList()
                .doOnNext(defs -> log.info("Pulled {} flag definitions from {} with key {}",
                        defs.size(), props.apiHost(), props.personalApiKey()))
                .flatMapMany(defs -> repository.deleteAll().thenMany(repository.saveAll(defs)))
                .doOnComplete(() -> log.debug("flag cache partition {} refreshed",
                        KeyMasker.sha256Hex(props.personalApiKey())));
    }

    public Flux<FlagDefinition> cachedFlags() {
        return repository.findAllByActiveTrueOrderByFlagKey();
    }
}
