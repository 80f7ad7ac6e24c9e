package com.northwind.cohortinsights.messaging;

import com.northwind.cohortinsights.analytics.FeatureFlagService;
import com.northwind.cohortinsights.analytics.PostHogApiClient;
import com.northwind.cohortinsights.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Spring Cloud Stream bindings: {@code cohortRecompute-in-0} (topic cohort.recompute.requests).
 * Requests come from the CRM sync jobs and carry the caller's service token in a header.
 */
@Configuration(proxyBeanMethods = false)
public class CohortEventsConsumer {

    private static final Logger log = LogManager.getLogger(CohortEventsConsumer.class);

    public record CohortRecomputeEvent(long cohortId, String requestedBy, String filter) {
    }

    record FilterToken(Kind kind, String text, int position) {
        enum Kind { IDENT, OPERATOR, STRING, NUMBER, LPAREN, RPAREN, KEYWORD }
    }

    /** Server-side capture of pipeline events (recompute requested / done). */
    @Bean(destroyMethod = "close")
    public PostHogInterface pipelineEvents(PostHogProperties properties) {
        PostHogConfig config = PostHogConfig.builder(properties.personalApiKey())
                .host(properties.host())
                .build();
        return PostHog.with(config);
    }

    @Bean
    public Consumer<Message<CohortRecomputeEvent>> cohortRecompute(PostHogApiClient apiClient,
                                                                   FeatureFlagService flags,
                                                                   PostHogInterface pipelineEvents) {
        return message -> {
            CohortRecomputeEvent event = message.getPayload();
            String apiToken = message.getHeaders().get("x-api-token", String.class);
            log.info("Recompute request for cohort {} by {} (token {})", event.cohortId(), event.requestedBy(), apiToken);

            if (!flags.recomputeFromKafka()) {
                log.info("recompute-from-kafka is off, dropping request for cohort {}", event.cohortId());
                return;
            }
            for (FilterToken token : tokenize(event.filter())) {
                log.trace("filter token {}", token);
            }
            apiClient.recompute(event.cohortId());
            pipelineEvents.capture(event.requestedBy(), "cohort recompute requested",
                    Map.of("cohort_id", event.cohortId()));
        };
    }

    static List<FilterToken> tokenize(String filter) {
        List<FilterToken> tokens = new ArrayList<>();
        if (filter == null) {
            return tokens;
        }
        int i = 0;
        while (i < filter.length()) {
            char c = filter.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(new FilterToken(c == '(' ? FilterToken.Kind.LPAREN : FilterToken.Kind.RPAREN, String.valueOf(c), i));
                i++;
            } else if (c == '\'') {
                int end = filter.indexOf('\'', i + 1);
                end = end < 0 ? filter.length() : end + 1;
                tokens.add(new FilterToken(FilterToken.Kind.STRING, filter.substring(i, end), i));
                i = end;
            } else if ("=<>!".indexOf(c) >= 0) {
                int end = i + 1 < filter.length() && filter.charAt(i + 1) == '=' ? i + 2 : i + 1;
                tokens.add(new FilterToken(FilterToken.Kind.OPERATOR, filter.substring(i, end), i));
                i = end;
            } else {
                int start = i;
                while (i < filter.length() && (Character.isLetterOrDigit(filter.charAt(i)) || filter.charAt(i) == '_' || filter.charAt(i) == '$')) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
                String word = filter.substring(start, i);
                FilterToken.Kind kind = Character.isDigit(word.charAt(0)) ? FilterToken.Kind.NUMBER
                        : List.of("and", "or", "in", "not").contains(word.toLowerCase()) ? FilterToken.Kind.KEYWORD
                        : FilterToken.Kind.IDENT;
                tokens.add(new FilterToken(kind, word, start));
            }
        }
        return tokens;
    }
}
