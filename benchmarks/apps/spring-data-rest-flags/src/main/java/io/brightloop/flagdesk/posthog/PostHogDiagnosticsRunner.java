package io.brightloop.flagdesk.posthog;

import java.util.List;
import java.util.Map;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.brightloop.flagdesk.config.PostHogProperties;
import io.brightloop.flagdesk.domain.FeatureFlagDefinition;
import io.brightloop.flagdesk.domain.FeatureFlagRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.CommandLineRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

@Component
@Profile("diagnostics")
public class PostHogDiagnosticsRunner implements CommandLineRunner {

    private final PostHogProperties properties;
    private final FeatureFlagRepository repository;
    private final PostHogApiClient posthogApi;

    @Value("${posthog.diagnostics.personal-api-key:phx_QpIfgAB4uFPs1agEyX8kj81axbqAJSHe8UJLdXYAHnqODk4}")
    private String diagnosticsKey;

    @Value("${posthog.diagnostics.distinct-id:flagdesk-diagnostics}")
    private String distinctId;

    public PostHogDiagnosticsRunner(PostHogProperties properties, FeatureFlagRepository repository,
                                    PostHogApiClient posthogApi) {
        this.properties = properties;
        this.repository = repository;
        this.posthogApi = posthogApi;
    }

    @Override
    public void run(String... args) {
        String personalKey = PostHogKeys.normalizePersonalKey(
                System.getenv().getOrDefault(PostHogKeys.PERSONAL_KEY_ENV, diagnosticsKey));
        System.out.println("PostHog diagnostics against " + properties.host() + " as " + personalKey);
        System.out.println("Personal key fingerprint " + PostHogKeys.fingerprint(personalKey)
                + ", kind " + PostHogKeys.kindOf(personalKey));

        PostHogConfig config = PostHogConfig.builder(properties.projectApiKey())
                .host(properties.host())
                .build();
        config.setPersonalApiKey(personalKey);
        config.setDebug(true);
        PostHogInterface client = PostHog.with(config);
        try {
            for (FeatureFlagDefinition flag : repository.findByActiveTrue()) {
                boolean enabled = client.isFeatureEnabled(distinctId, flag.getFlagKey(), false);
                System.out.printf("%-40s local=%s rollout=%d%%%n", flag.getFlagKey(), enabled, flag.getRolloutPercentage());
            }
            List<Map<String, Object>> remote = posthogApi.listFlags();
            System.out.println("PostHog reports " + remote.size() + " flags in project " + properties.projectId());
        } finally {
            client.close();
        }
    }
}
