package com.northwind.flags.service;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.dto.PostHogCredentials;
import com.northwind.flags.rules.TargetingLexer;
import com.posthog.server.PostHogInterface;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final PostHogInterface posthog;
    private final PostHogCredentials credentials;
    private final TargetingLexer lexer = new TargetingLexer();

    public FlagService(PostHogInterface posthog, PostHogProperties props) {
        this.posthog = posthog;
        this.credentials = new PostHogCredentials(props.host(), props.projectApiKey(), props.personalApiKey());
        String personalKey = props.personalApiKey();
        log.info("Flag service ready: personal key present={}, length={}",
                StringUtils.hasText(personalKey), personalKey == null ? 0 : personalKey.length());
    }

    public Mono<Map<String, Object>> evaluate(String distinctId, List<String> flagKeys) {
        log.debug("Evaluating {} flags for {} with {}", flagKeys.size(), distinctId, credentials);
        return Mono.fromCallable(() -> {
                    Map<String, Object> result = new LinkedHashMap<>();
                    for (String flagKey : flagKeys) {
                        Object value = posthog.getFeatureFlag(distinctId, flagKey);
                        result.put(flagKey, value != null ? value : Boolean.FALSE);
                    }
                    return result;
                })
                .subscribeOn(Schedulers.boundedElastic());
    }

    public Mono<Boolean> isEnabled(String distinctId, String flagKey) {
        return Mono.fromCallable(() -> posthog.isFeatureEnabled(distinctId, flagKey, false))
                .subscribeOn(Schedulers.boundedElastic());
    }

    public boolean matchesOverride(String expression) {
        return lexer.tokenize(expression).stream()
                .noneMatch(t -> t.kind() == TargetingLexer.TokenKind.OR);
    }

    public boolean localEvaluation() {
        return credentials.localEvaluation();
    }
}
