package com.northwind.flagadmin.service;

import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.persistence.FlagOverride;
import com.northwind.flagadmin.persistence.FlagOverrideRepository;
import com.northwind.flagadmin.rules.RuleExpressionParser;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Previews what a user would get: local overrides first, then PostHog's own answer
 * from a shadow client that evaluates locally.
 */
@ApplicationScoped
public class FlagEvaluationService {

    @Inject
    PostHogSettings settings;

    @Inject
    FlagOverrideRepository overrides;

    private PostHogInterface shadowClient;

    @PostConstruct
    void init() {
        PostHogConfig config = PostHogConfig
                .builder(settings.getFeatureFlagsSecureKey())
                .personalApiKey(settings.getProjectApiKey())
                .host(settings.getHost())
                .localEvaluation(true)
                .build();
        shadowClient = PostHog.with(config);
    }

    @PreDestroy
    void shutdown() {
        shadowClient.close();
    }

    public Object preview(String flagKey, String distinctId, Map<String, String> personProperties) {
        for (FlagOverride override : overrides.findByFlag(flagKey)) {
            if (override.getRuleExpression() == null
                    || new RuleExpressionParser(override.getRuleExpression()).evaluate(personProperties)) {
                return override.getVariant();
            }
        }
        return shadowClient.getFeatureFlag(distinctId, flagKey);
    }
}
