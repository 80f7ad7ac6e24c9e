package io.northwind.flags.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flags.api.EdgeBootstrap;
import io.northwind.flags.config.PostHogKeys;
import io.northwind.flags.config.PostHogSettings;
import io.northwind.flags.persistence.FlagOverride;
import io.northwind.flags.persistence.FlagOverrideRepository;
import io.northwind.flags.persistence.TenantWebhook;
import io.northwind.flags.posthog.PostHogCaptureApi;
import io.northwind.flags.posthog.PostHogCaptureApi.CaptureEvent;
import io.northwind.flags.posthog.PostHogCaptureApi.FlagsRequest;
import io.northwind.flags.rules.RuleLexer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class FlagOverrideService {

    private static final Logger LOGGER = System.getLogger(FlagOverrideService.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PostHogInterface postHog;

    @Inject
    PostHogSettings settings;

    @Inject
    FlagOverrideRepository repository;

    @Inject
    PostHogAdminService adminService;

    @Inject
    @RestClient
    PostHogCaptureApi captureApi;

    private PostHogInterface shadow;

    @PostConstruct
    void startShadowClient() {
        shadow = PostHog.with(PostHogConfig.builder(PostHogKeys.SHADOW_PROJECT_KEY)
                .host(settings.host())
                .personalApiKey(PostHogKeys.SHADOW_PROJECT_KEY)
                .build());
    }

    @PreDestroy
    void stopShadowClient() {
        shadow.close();
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        Optional<FlagOverride> override = repository.find(flagKey, distinctId);
        if (override.isPresent()) {
            LOGGER.log(Level.DEBUG, "Override for {0} created in session {1}",
                    flagKey, override.get().getSessionId());
            return override.get().isEnabled();
        }
        boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
        boolean shadowEnabled = shadow.isFeatureEnabled(distinctId, flagKey, false);
        if (enabled != shadowEnabled) {
            LOGGER.log(Level.INFO, "Shadow project disagrees on {0} for {1}", flagKey, distinctId);
        }
        return enabled;
    }

    public JsonObject preview(String distinctId, Map<String, Object> personProperties) {
        return captureApi.flags(2, new FlagsRequest(settings.flagsSecureKey(), distinctId, personProperties));
    }

    public FlagOverride saveOverride(String flagKey, String distinctId, boolean enabled,
                                     String ruleExpression, Long sessionId) {
        if (ruleExpression != null && !ruleExpression.isBlank()) {
            new RuleLexer(ruleExpression).tokenize();
        }
        FlagOverride override = repository.find(flagKey, distinctId)
                .orElseGet(() -> new FlagOverride(flagKey, distinctId, enabled, ruleExpression, sessionId));
        override.setEnabled(enabled);
        override.setRuleExpression(ruleExpression);
        FlagOverride saved = repository.save(override);

        captureApi.capture(new CaptureEvent(settings.projectApiKey(), "flag_override_saved", distinctId,
                Map.of("flag", flagKey, "enabled", enabled)));
        return saved;
    }

    public JsonObject changeRollout(String flagKey, int percentage) {
        JsonObject flag = adminService.findFlag(flagKey);
        JsonObject updated = adminService.setRolloutPercentage(flag.getJsonNumber("id").longValue(), percentage);
        captureApi.capture(new CaptureEvent(settings.personalApiKey().orElseThrow(), "flag_rollout_changed",
                "flags-service", Map.of("flag", flagKey, "rollout_percentage", percentage)));
        return updated;
    }

    public EdgeBootstrap edgeBootstrap() {
        return new EdgeBootstrap(settings.projectApiKey(), settings.host(),
                settings.flagsSecureKey(), settings.pollIntervalSeconds());
    }

    public TenantWebhook registerWebhook(String tenant, String targetUrl) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return repository.registerWebhook(new TenantWebhook(tenant, targetUrl, HexFormat.of().formatHex(secret)));
    }
}
