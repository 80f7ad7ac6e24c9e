package io.lumenstack.flags.api;

import io.lumenstack.flags.client.FeatureFlagDto;
import io.lumenstack.flags.client.PostHogAdminClient;
import io.lumenstack.flags.config.PostHogSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ClientBootstrapFactory {

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogAdminClient adminClient;

    public ClientBootstrap forUser(String distinctId) {
        Map<String, Boolean> flags = adminClient.listFlags(settings.projectId(), 200, 0).results().stream()
                .collect(Collectors.toMap(FeatureFlagDto::key, FeatureFlagDto::active, (a, b) -> a));
        return new ClientBootstrap(distinctId, settings.projectApiKey(), settings.host(),
                settings.flagsSecureKey(), flags);
    }
}
