package com.acme.flags.karaf.posthog;

import com.acme.flags.karaf.config.KeySource;
import com.acme.flags.karaf.config.PostHogClientConfig;
import com.acme.flags.karaf.config.PostHogKeys;
import com.acme.flags.karaf.model.FlagSnapshot;
import com.posthog.server.PostHogInterface;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(
        service = FlagService.class,
        configurationPid = PostHogKeys.CLIENT_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = PostHogClientConfig.class)
public class FlagServiceImpl implements FlagService {

    public static final String TOPIC_REFRESHED = "com/acme/flags/REFRESHED";

    private static final Logger LOG = LoggerFactory.getLogger(FlagServiceImpl.class);

    @Reference
    private EventAdmin eventAdmin;

    private volatile PostHogClientConfig config;
    private volatile PostHogInterface client;
    private volatile String personalKey = "";
    private volatile KeySource keySource = KeySource.NONE;
    private volatile FlagSnapshot snapshot;

    @Activate
    void activate(PostHogClientConfig config) {
        apply(config);
    }

    @Modified
    void modified(PostHogClientConfig config) {
        LOG.info("Configuration {} changed, recreating PostHog client", PostHogKeys.CLIENT_PID);
        closeClient();
        apply(config);
    }

    @Deactivate
    void deactivate() {
        closeClient();
    }

    private void apply(PostHogClientConfig cfg) {
        this.config = cfg;
        KeySource apiKey = resolvePersonalKey(cfg);
        this.keySource = apiKey;
        LOG.info("PostHog personal API key resolved from {}", apiKey);
        if (personalKey.isEmpty()) {
            LOG.warn("Property {} is not set, local evaluation disabled", PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        LOG.debug("Local evaluation enabled: {} (key length {})", !personalKey.isEmpty(), personalKey.length());
        this.client = PostHogClientFactory.createPollingClient(
                cfg.projectApiKey(), personalKey, cfg.host(), cfg.pollIntervalSeconds());
        if (cfg.debug()) {
            LOG.info("Local evaluation against {} with personal key {}", cfg.host(), personalKey);
        }
    }

    private KeySource resolvePersonalKey(PostHogClientConfig cfg) {
        if (!cfg.personalApiKey().isBlank()) {
            personalKey = cfg.personalApiKey().trim();
            return KeySource.CONFIG_ADMIN;
        }
        String fromEnv = System.getenv("POSTHOG_PERSONAL_API_KEY");
        if (fromEnv != null && !fromEnv.isBlank()) {
            personalKey = fromEnv.trim();
            return KeySource.ENVIRONMENT;
        }
        personalKey = PostHogKeys.FALLBACK_PERSONAL_KEY;
        return KeySource.FALLBACK;
    }

    @Override
    public boolean isEnabled(String distinctId, String flagKey) {
        PostHogInterface current = client;
        return current != null && current.isFeatureEnabled(distinctId, flagKey, false);
    }

    @Override
    public FlagSnapshot refresh() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flagKey : config.trackedFlags()) {
            flags.put(flagKey, isEnabled("karaf-node", flagKey));
        }
        FlagSnapshot fresh = new FlagSnapshot(flags, Instant.now(), config.host(), personalKey);
        this.snapshot = fresh;
        LOG.info("Refreshed {}", fresh);
        eventAdmin.postEvent(new Event(TOPIC_REFRESHED, Map.of("count", flags.size())));
        return fresh;
    }

    @Override
    public FlagSnapshot currentSnapshot() {
        FlagSnapshot current = snapshot;
        return current != null ? current : refresh();
    }

    @Override
    public String projectApiKey() {
        return config.projectApiKey();
    }

    @Override
    public String localEvaluationKey() {
        return personalKey;
    }

    @Override
    public String host() {
        return config.host();
    }

    @Override
    public KeySource keySource() {
        return keySource;
    }

    private void closeClient() {
        PostHogInterface current = client;
        client = null;
        if (current != null) {
            current.close();
        }
    }
}
