package com.northwind.flags.service;

import com.northwind.flags.api.BootstrapConfig;
import com.northwind.flags.api.ClientConfig;
import com.northwind.flags.config.PostHogSettings;
import com.northwind.flags.entity.FlagSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class BootstrapService {

    @Inject
    PostHogSettings settings;

    public BootstrapConfig bootstrapFor(String distinctId) {
        Map<String, Boolean> flags = new TreeMap<>();
        for (FlagSnapshot snapshot : FlagSnapshot.<FlagSnapshot>listAll()) {
            flags.put(snapshot.flagKey, snapshot.active);
        }
        return new BootstrapConfig(
                settings.projectApiKey(),
                settings.host(),
                settings.featureFlagsSecureKey().orElse(null),
                flags);
    }

    public ClientConfig clientConfig() {
        return new ClientConfig(settings.projectApiKey(), settings.host());
    }

    public URI flagApiUri(String flagKey) {
        String personalKey = settings.personalApiKey().orElseThrow();
        return URI.create(settings.adminHost() + "/api/projects/" + settings.projectId()
                + "/feature_flags/?search=" + URLEncoder.encode(flagKey, StandardCharsets.UTF_8)
                + "&personal_api_key=" + personalKey);
    }
}
