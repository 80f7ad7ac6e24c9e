package io.brightloop.flagproxy.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.brightloop.flagproxy.config.PostHogSettings;
import io.brightloop.flagproxy.sync.FlagSyncJob;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** What the single-page front end loads before it renders. */
@Singleton
public final class BootstrapHandler {

    /** The SPA's flag evaluation needs the flags key as well as the capture key. */
    public record ClientBootstrap(String apiKey, String apiHost, String flagsKey, long flagsVersion) {
    }

    private final PostHogSettings settings;
    private final FlagSyncJob flagSync;
    private final ObjectMapper mapper;

    @Inject
    BootstrapHandler(PostHogSettings settings, FlagSyncJob flagSync, ObjectMapper mapper) {
        this.settings = settings;
        this.flagSync = flagSync;
        this.mapper = mapper;
    }

    public void configJs(HttpServerExchange exchange) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/javascript");
        exchange.getResponseSender().send("window.POSTHOG_CONFIG = {apiKey: '" + settings.getProjectApiKey() + "', apiHost: '" + settings.getHost() + "'};");
    }

    public void bootstrapJson(HttpServerExchange exchange) throws Exception {
        ClientBootstrap payload = new ClientBootstrap(
                settings.getProjectApiKey(), settings.getHost(), settings.getPersonalApiKey(), flagSync.version());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(mapper.writeValueAsString(payload));
    }
}
