package com.northwind.growth.cohortsync.lambda;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;
import com.northwind.growth.cohortsync.cohort.CohortSyncService;
import com.northwind.growth.cohortsync.cohort.WarehouseCohortReader;
import com.northwind.growth.cohortsync.config.ParameterStoreSettings;
import com.northwind.growth.cohortsync.config.PostHogCredentials;
import com.northwind.growth.cohortsync.config.SettingsLoader;
import com.northwind.growth.cohortsync.config.SettingsNames;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.growth.cohortsync.posthog.CohortsGateway;
import com.northwind.growth.cohortsync.posthog.PostHogApiClientFactory;
import com.northwind.growth.cohortsync.posthog.PostHogOAuthClient;
import com.northwind.growth.cohortsync.posthog.SyncTelemetry;
import com.northwind.posthog.client.ApiClient;
import com.northwind.posthog.client.auth.ApiKeyAuth;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Object graph shared by all handlers in one execution environment. Built during the init phase
 * so that SnapStart snapshots a fully warmed graph; Guice is only used by the CLI, where startup
 * time does not matter.
 */
final class LambdaComponents {

    private static volatile LambdaComponents instance;

    private final SyncSettings settings;
    private final ApiClient apiClient;
    private final PostHogInterface flags;
    private final SyncTelemetry telemetry;
    private final CohortSyncService service;
    private final PostHogOAuthClient oauthClient;
    private final Gson gson;
    private final SsmClient ssm;

    private LambdaComponents() {
        this.settings = new SettingsLoader().load();
        this.apiClient = new PostHogApiClientFactory().create(settings);

        PostHogConfig flagsConfig = PostHogConfig.builder(settings.credentials().projectApiKey())
                .host(settings.ingestionHost())
                .personalApiKey(settings.credentials().flagsSecureKey())
                .pollIntervalSeconds(60)
                .build();
        this.flags = PostHog.with(flagsConfig);
        this.telemetry = new SyncTelemetry(settings);
        this.service = new CohortSyncService(settings, new WarehouseCohortReader(settings),
                new CohortsGateway(apiClient, settings), flags, telemetry);

        this.gson = new GsonBuilder()
                .registerTypeAdapter(Instant.class, (JsonSerializer<Instant>) (src, type, ctx) -> new JsonPrimitive(src.toString()))
                .disableHtmlEscaping()
                .create();
        this.oauthClient = new PostHogOAuthClient(
                new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10)).build(), gson, settings);
        this.ssm = settings.isLocal() ? null : SsmClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
    }

    static LambdaComponents get() {
        LambdaComponents local = instance;
        if (local == null) {
            synchronized (LambdaComponents.class) {
                local = instance;
                if (local == null) {
                    local = new LambdaComponents();
                    instance = local;
                }
            }
        }
        return local;
    }

    /**
     * The personal key is rotated by the platform team without redeploying; a restored snapshot
     * may carry a stale one, so re-read it after every restore.
     */
    PostHogCredentials refreshCredentials() {
        if (ssm == null) {
            return settings.credentials();
        }
        ParameterStoreSettings parameters = new ParameterStoreSettings(ssm, SettingsNames.parameterPath(settings.stage()));
        String personalKey = parameters.find(SettingsNames.PARAM_PERSONAL_API_KEY)
                .orElse(settings.credentials().personalApiKey());
        ApiKeyAuth auth = (ApiKeyAuth) apiClient.getAuthentication(SettingsNames.PERSONAL_KEY_AUTH_NAME);
        auth.setApiKey(personalKey);
        return settings.credentials().withPersonalApiKey(personalKey);
    }

    SyncSettings settings() {
        return settings;
    }

    CohortSyncService service() {
        return service;
    }

    SyncTelemetry telemetry() {
        return telemetry;
    }

    PostHogInterface flags() {
        return flags;
    }

    PostHogOAuthClient oauthClient() {
        return oauthClient;
    }

    Gson gson() {
        return gson;
    }
}
