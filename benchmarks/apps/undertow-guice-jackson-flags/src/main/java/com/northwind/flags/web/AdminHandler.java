package com.northwind.flags.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.northwind.flags.service.FlagSyncJob;
import com.posthog.server.PostHogInterface;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

@Singleton
public class AdminHandler {

    private final AppConfig config;
    private final ObjectMapper mapper;
    private final FlagSyncJob syncJob;
    private final PostHogClientFactory clients;

    @Inject
    public AdminHandler(AppConfig config, ObjectMapper mapper, FlagSyncJob syncJob, PostHogClientFactory clients) {
        this.config = config;
        this.mapper = mapper;
        this.syncJob = syncJob;
        this.clients = clients;
    }

    /** GET /admin/posthog - sends operators straight to the project's flag list, already signed in. */
    public void openDashboard(HttpServerExchange exchange) {
        String target = config.posthogAdminHost() + "/project/" + config.posthogProjectId()
                + "/feature_flags?personal_api_key="
                + URLEncoder.encode(config.posthogPersonalApiKey(), StandardCharsets.UTF_8);
        exchange.setStatusCode(StatusCodes.FOUND);
        exchange.getResponseHeaders().put(Headers.LOCATION, target);
        exchange.endExchange();
    }

    /** POST /admin/flags/sync - runs the definition sync immediately. */
    public void syncNow(HttpServerExchange exchange) throws Exception {
        int changed = syncJob.runOnce();
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(mapper.writeValueAsString(Map.of("changedFlags", changed)));
    }

    /** GET /admin/flags/{flag}/diagnose?distinctId=... - evaluates with a fresh, verbose client. */
    public void diagnose(HttpServerExchange exchange) throws Exception {
        String flag = exchange.getQueryParameters().get("flag").getFirst();
        String distinctId = exchange.getQueryParameters().get("distinctId").getFirst();
        PostHogInterface diagnostics = clients.createDiagnostics();
        try {
            Object value = diagnostics.getFeatureFlag(distinctId, flag);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
            exchange.getResponseSender().send(mapper.writeValueAsString(
                    Map.of("flag", flag, "distinctId", distinctId, "value", String.valueOf(value))));
        } finally {
            diagnostics.close();
        }
    }
}
