package com.northwind.flaggate.service;

import com.northwind.flaggate.config.PostHogProperties;
import com.northwind.flaggate.domain.FlagOverride;
import com.northwind.flaggate.events.FlagOverrideChangedEvent;
import com.northwind.flaggate.repository.FlagOverrideRepository;
import com.northwind.flaggate.web.ClientBootstrapResponse;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Service;

@Service
public class FlagOverrideService {

    private static final Logger log = LoggerFactory.getLogger(FlagOverrideService.class);

    /** Identifiers, quoted strings, numbers and the comparison/boolean operators of rollout rules. */
    private static final Pattern RULE_TOKEN =
            Pattern.compile("\\s*(\"[^\"]*\"|[A-Za-z_][A-Za-z0-9_.]*|\\d+(?:\\.\\d+)?|==|!=|>=|<=|&&|\\|\\||[<>()])");

    private static final List<String> CONSOLE_FLAGS = List.of("new-override-editor", "bulk-rollouts");

    private final FlagOverrideRepository repository;
    private final ApplicationEventPublisher events;
    private final PostHogInterface postHog;
    private final PostHogProperties properties;

    public FlagOverrideService(FlagOverrideRepository repository, ApplicationEventPublisher events,
                               PostHogInterface postHog, PostHogProperties properties) {
        this.repository = repository;
        this.events = events;
        this.postHog = postHog;
        this.properties = properties;
    }

    public record OverrideRequest(String distinctId, String variant, String rolloutExpression) {
    }

    public FlagOverride upsert(String flagKey, OverrideRequest request, Jwt caller) {
        if (request.rolloutExpression() != null) {
            List<String> tokens = tokenize(request.rolloutExpression());
            log.debug("Rollout expression for {} parsed into {} tokens: {}", flagKey, tokens.size(), tokens);
        }

        FlagOverride override = repository.findByFlagKeyAndDistinctId(flagKey, request.distinctId())
                .orElseGet(() -> new FlagOverride(flagKey, request.distinctId()));
        override.setVariant(request.variant());
        override.setRolloutExpression(request.rolloutExpression());
        override.setUpdatedBy(caller.getSubject());
        FlagOverride saved = repository.save(override);

        events.publishEvent(new FlagOverrideChangedEvent(flagKey, request.distinctId(), request.variant(),
                caller.getSubject(), caller.getTokenValue(), Instant.now()));
        return saved;
    }

    public Object evaluate(String flagKey, String distinctId) {
        return repository.findByFlagKeyAndDistinctId(flagKey, distinctId)
                .<Object>map(FlagOverride::getVariant)
                .orElseGet(() -> postHog.getFeatureFlag(distinctId, flagKey));
    }

    public List<FlagOverride> overridesFor(String flagKey) {
        return repository.findByFlagKey(flagKey);
    }

    public ClientBootstrapResponse bootstrapFor(Jwt caller) {
        String distinctId = caller.getSubject();
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : CONSOLE_FLAGS) {
            flags.put(flag, evaluate(flag, distinctId));
        }
        return new ClientBootstrapResponse(distinctId, properties.getProjectApiKey(), properties.getHost(),
                properties.getFeatureFlagsSecureKey(), flags);
    }

    static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = RULE_TOKEN.matcher(expression);
        int position = 0;
        while (position < expression.length() && matcher.find(position) && matcher.start() == position) {
            tokens.add(matcher.group(1));
            position = matcher.end();
        }
        if (!expression.substring(position).isBlank()) {
            throw new IllegalArgumentException("Unexpected character at position " + position + " in rollout rule");
        }
        return tokens;
    }
}
