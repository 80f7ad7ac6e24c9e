package com.northwind.flags.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.model.ClientBootstrap;
import com.posthog.server.PostHogInterface;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class BootstrapHandler {

    private static final List<String> BOOTSTRAPPED_FLAGS = List.of("new-checkout", "sticky-cart", "dark-mode");

    private final AppConfig config;
    private final ObjectMapper mapper;
    private final PostHogInterface posthog;

    @Inject
    public BootstrapHandler(AppConfig config, ObjectMapper mapper, PostHogInterface posthog) {
        this.config = config;
        this.mapper = mapper;
        this.posthog = posthog;
    }

    /** GET /bootstrap.js - tiny script that configures posthog-js with the public project key. */
    public void script(HttpServerExchange exchange) throws Exception {
        String snippet = "window.POSTHOG_CONFIG = " + mapper.writeValueAsString(Map.of(
                "apiKey", config.projectApiKey(),
                "apiHost", config.posthogHost())) + ";";
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/javascript");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=300");
        exchange.getResponseSender().send(snippet);
    }

    /** GET /api/bootstrap?distinctId=... - flags evaluated server side plus client settings. */
    public void json(HttpServerExchange exchange) throws Exception {
        String distinctId = Optional.ofNullable(exchange.getQueryParameters().get("distinctId"))
                .map(Deque::peekFirst)
                .orElseGet(() -> UUID.randomUUID().toString());

        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAPPED_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }

        ClientBootstrap bootstrap = ClientBootstrap.from(config, distinctId, flags);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(mapper.writeValueAsString(bootstrap));
    }
}
