package io.brightlane.flags.graphql;

import com.posthog.server.PostHogInterface;
import io.brightlane.flags.catalog.CatalogGateway;
import io.brightlane.flags.catalog.CatalogGateway.Product;
import io.brightlane.flags.config.PostHogProperties;
import io.brightlane.flags.domain.FlagOverride;
import io.brightlane.flags.domain.FlagOverrideRepository;
import io.brightlane.flags.graphql.dto.ClientAnalyticsConfig;
import io.brightlane.flags.graphql.dto.FeatureFlag;
import io.brightlane.flags.graphql.dto.FeatureFlag.DefinitionSource;
import io.brightlane.flags.service.ClientConfigFactory;
import io.brightlane.flags.service.PostHogAdminClient;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
public class FeatureFlagController {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagController.class);

    public enum ApiKeyKind { PROJECT, SECURE }

    public record OverrideInput(String flagKey, String distinctId, boolean enabled, Long sessionId) {
    }

    public record SyncResult(boolean ok, String message) {
    }

    private final FlagOverrideRepository overrides;
    private final PostHogAdminClient adminClient;
    private final ClientConfigFactory clientConfigFactory;
    private final PostHogProperties properties;
    private final PostHogInterface postHog;
    private final CatalogGateway catalog;

    public FeatureFlagController(FlagOverrideRepository overrides,
                                 PostHogAdminClient adminClient,
                                 ClientConfigFactory clientConfigFactory,
                                 PostHogProperties properties,
                                 PostHogInterface postHog,
                                 CatalogGateway catalog) {
        this.overrides = overrides;
        this.adminClient = adminClient;
        this.clientConfigFactory = clientConfigFactory;
        this.properties = properties;
        this.postHog = postHog;
        this.catalog = catalog;
    }

    @QueryMapping
    public List<FeatureFlag> flags() {
        return adminClient.listFlags();
    }

    @QueryMapping
    public boolean flagEnabled(@Argument String key, @Argument String distinctId) {
        return postHog.isFeatureEnabled(distinctId, key, false);
    }

    @QueryMapping
    public ClientAnalyticsConfig clientAnalyticsConfig(@Argument ApiKeyKind apiKey) {
        log.info("Client analytics config requested for key kind {}", apiKey);
        if (apiKey == ApiKeyKind.SECURE) {
            return clientConfigFactory.forConsole();
        }
        return clientConfigFactory.forStorefront();
    }

    @QueryMapping
    public Mono<Product> product(@Argument String sku,
                                 @ContextValue(name = "authorization", required = false) String authorization) {
        return catalog.findProduct(sku, authorization);
    }

    @SchemaMapping(typeName = "FeatureFlag", field = "overrides")
    public List<FlagOverride> overrides(FeatureFlag flag) {
        return overrides.findByFlagKeyOrderByCreatedAtDesc(flag.key());
    }

    @SchemaMapping(typeName = "FeatureFlag", field = "definitionSource")
    public DefinitionSource definitionSource(FeatureFlag flag) {
        String endpoint = properties.getHost() + "/api/feature_flag/local_evaluation/?token="
                + properties.getApiKey() + "&send_cohorts";
        return new DefinitionSource(endpoint, "Bearer " + properties.getPersonalApiKey());
    }

    @MutationMapping
    public FlagOverride setOverride(@Argument OverrideInput input,
                                    @ContextValue(name = "sessionCookie", required = false) String sessionCookie) {
        log.info("Override {}={} for {} requested by session {}",
                input.flagKey(), input.enabled(), input.distinctId(), sessionCookie);
        FlagOverride saved = overrides.save(
                new FlagOverride(input.flagKey(), input.distinctId(), input.enabled(), input.sessionId()));
        log.info("Override {} stored for console session {}", saved.getId(), saved.getSessionId());
        return saved;
    }

    @MutationMapping
    public SyncResult syncFlags() {
        try {
            int count = adminClient.syncDefinitions();
            return new SyncResult(true, count + " flag definitions synced");
        } catch (IllegalStateException ex) {
            return new SyncResult(false, ex.getMessage());
        }
    }
}
