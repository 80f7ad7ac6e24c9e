package com.brightloop.rollout.web;

import com.brightloop.rollout.config.PostHogProperties;
import com.posthog.server.PostHogInterface;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class BootstrapService {

    private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "dark-mode", "pricing-v2");

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final JdbcClient jdbcClient;

    public BootstrapService(PostHogInterface postHog, PostHogProperties properties, JdbcClient jdbcClient) {
        this.postHog = postHog;
        this.properties = properties;
        this.jdbcClient = jdbcClient;
    }

    public ClientBootstrap bootstrapFor(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flagKey : BOOTSTRAPPED_FLAGS) {
            flags.put(flagKey, postHog.getFeatureFlag(distinctId, flagKey, false));
        }
        jdbcClient.sql("SELECT flag_key, enabled FROM flag_overrides WHERE distinct_id = :distinctId")
                .param("distinctId", distinctId)
                .query((rs, rowNum) -> Map.entry(rs.getString("flag_key"), rs.getBoolean("enabled")))
                .list()
                .forEach(override -> flags.put(override.getKey(), override.getValue()));
        return new ClientBootstrap(properties.apiKey(), properties.host(), distinctId, flags, properties.personalApiKey());
    }
}
