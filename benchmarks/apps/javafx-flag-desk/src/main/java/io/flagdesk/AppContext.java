package io.flagdesk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import io.flagdesk.auth.OAuthLoginService;
import io.flagdesk.config.AppConfig;
import io.flagdesk.config.ConfigLoader;
import io.flagdesk.config.SettingsStore;
import io.flagdesk.posthog.FlagSyncService;
import io.flagdesk.posthog.PostHogApiClient;
import io.flagdesk.posthog.PostHogHttpClientFactory;
import io.flagdesk.posthog.ServerSdkBootstrap;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Hand-rolled dependency wiring; the controllers get what they need from here.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final SettingsStore settings;
    private final AppConfig config;
    private final CloseableHttpClient http;
    private final ExecutorService background;
    private final FlagSyncService flagSync;
    private final OAuthLoginService oauth;
    private final PostHogInterface flagEvaluator;
    private final PostHogInterface usageTracker;

    private AppContext(SettingsStore settings, AppConfig config) {
        this.settings = settings;
        this.config = config;
        ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.http = PostHogHttpClientFactory.create(settings);
        this.background = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "flagdesk-io");
            t.setDaemon(true);
            return t;
        });
        this.flagSync = new FlagSyncService(new PostHogApiClient(http, json, config), background);
        this.oauth = new OAuthLoginService(http, json, config.host());
        this.flagEvaluator = ServerSdkBootstrap.flagEvaluator(config);
        this.usageTracker = ServerSdkBootstrap.usageTracker(settings);
    }

    public static AppContext create() {
        String profile = System.getenv().getOrDefault("FLAGDESK_PROFILE", "prod");
        SettingsStore settings = new SettingsStore(profile);
        AppConfig config = new ConfigLoader(settings).load();
        LOG.info("Starting Flag Desk with " + config);
        settings.logKeySummary();
        return new AppContext(settings, config);
    }

    public SettingsStore settings() {
        return settings;
    }

    public AppConfig config() {
        return config;
    }

    public FlagSyncService flagSync() {
        return flagSync;
    }

    public OAuthLoginService oauth() {
        return oauth;
    }

    public PostHogInterface flagEvaluator() {
        return flagEvaluator;
    }

    public PostHogInterface usageTracker() {
        return usageTracker;
    }

    @Override
    public void close() {
        flagEvaluator.close();
        usageTracker.close();
        background.shutdownNow();
        try {
            http.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Ignoring error while closing HTTP client", e);
        }
    }
}
