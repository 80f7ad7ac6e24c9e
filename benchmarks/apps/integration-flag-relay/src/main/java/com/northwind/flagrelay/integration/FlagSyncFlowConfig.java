package com.northwind.flagrelay.integration;

import java.time.Duration;

import com.northwind.flagrelay.config.PostHogProperties;
import com.northwind.flagrelay.config.RelayDefaults;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.dsl.MessageChannels;
import org.springframework.integration.dsl.Pollers;
import org.springframework.integration.handler.LoggingHandler;
import org.springframework.integration.http.dsl.Http;
import org.springframework.messaging.MessageChannel;

/**
 * Polls PostHog's local-evaluation endpoint and hands each answer to {@link FlagReplyHandler}.
 */
@Slf4j
@Configuration
public class FlagSyncFlowConfig {

    public static final String FLAG_REPLIES = "flagReplies";

    private final PostHogProperties properties;

    public FlagSyncFlowConfig(PostHogProperties properties) {
        this.properties = properties;
    }

    @Bean(name = FLAG_REPLIES)
    public MessageChannel flagReplies() {
        return MessageChannels.direct().getObject();
    }

    @Bean
    public IntegrationFlow flagDefinitionsPollFlow() {
        String personalKey = properties.getPersonalApiKey();
        log.info("Starting flag sync against {} every {}s using key {}",
                properties.getHost(), properties.getPollIntervalSeconds(), personalKey);

        return IntegrationFlow
                .fromSupplier(() -> "tick",
                        e -> e.poller(Pollers.fixedDelay(Duration.ofSeconds(properties.getPollIntervalSeconds()))))
                .enrichHeaders(h -> h.header(HttpHeaders.AUTHORIZATION, "Bearer " + personalKey))
                .log(LoggingHandler.Level.DEBUG, "flag-relay.http",
                        m -> "GET local_evaluation auth=" + m.getHeaders().get(HttpHeaders.AUTHORIZATION))
                .handle(Http.outboundGateway(properties.getHost() + RelayDefaults.LOCAL_EVALUATION_PATH
                                + "?token={token}&send_cohorts")
                        .uriVariable("token", m -> properties.getProjectApiKey())
                        .httpMethod(HttpMethod.GET)
                        .mappedRequestHeaders(HttpHeaders.AUTHORIZATION)
                        .expectedResponseType(String.class))
                .channel(FLAG_REPLIES)
                .get();
    }
}
