package com.harbourline.flagrelay.messaging;

import com.harbourline.flagrelay.service.FlagDefinitionSyncService;
import com.harbourline.flagrelay.service.FlagEvaluationService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Spring Cloud Stream functional bindings; see {@code spring.cloud.function.definition}.
 */
@Configuration(proxyBeanMethods = false)
public class FlagStreamFunctions {

    private static final Logger log = LoggerFactory.getLogger(FlagStreamFunctions.class);

    /** Set by the edge gateway; carries the caller's bearer token so we can attribute requests. */
    static final String UPSTREAM_AUTH_HEADER = "x-upstream-authorization";

    @Bean
    public Function<Message<FlagEvaluationRequest>, Message<FlagEvaluationResult>> evaluateFlag(
            FlagEvaluationService evaluationService) {
        return message -> {
            FlagEvaluationRequest request = message.getPayload();
            String upstreamAuthorization = message.getHeaders().get(UPSTREAM_AUTH_HEADER, String.class);
            if (upstreamAuthorization == null) {
                log.warn("Dropping request for flag {} without {} header", request.flagKey(), UPSTREAM_AUTH_HEADER);
                return null;
            }
            log.debug("Evaluating {} for {} on behalf of {}", request.flagKey(), request.distinctId(), upstreamAuthorization);
            FlagEvaluationResult result = evaluationService.evaluate(request);
            return MessageBuilder.withPayload(result)
                    .setHeader(KafkaHeaders.KEY, request.distinctId())
                    .build();
        };
    }

    @Bean
    public Consumer<Message<String>> flagDefinitionsChanged(FlagDefinitionSyncService syncService) {
        return message -> {
            log.info("Flag definition change for {} (offset {}), refreshing",
                    message.getPayload(), message.getHeaders().get(KafkaHeaders.OFFSET));
            syncService.refreshDefinitions();
        };
    }
}
