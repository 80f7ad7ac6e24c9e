package com.northwind.flags.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.db.FlagAuditRepository;
import com.posthog.server.PostHogInterface;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.CookieImpl;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Deque;
import java.util.Map;
import java.util.Optional;

@Singleton
public class FlagsHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagsHandler.class);

    private final AppConfig config;
    private final ObjectMapper mapper;
    private final PostHogInterface posthog;
    private final FlagAuditRepository audit;

    @Inject
    public FlagsHandler(AppConfig config, ObjectMapper mapper, PostHogInterface posthog, FlagAuditRepository audit) {
        this.config = config;
        this.mapper = mapper;
        this.posthog = posthog;
        this.audit = audit;
    }

    /** GET /api/flags/{flag}?distinctId=... */
    public void evaluate(HttpServerExchange exchange) throws Exception {
        String flag = exchange.getQueryParameters().get("flag").getFirst();
        Optional<String> distinctId = Optional.ofNullable(exchange.getQueryParameters().get("distinctId"))
                .map(Deque::peekFirst);
        if (distinctId.isEmpty()) {
            exchange.setStatusCode(StatusCodes.BAD_REQUEST);
            exchange.getResponseSender().send("{\"error\":\"distinctId is required\"}");
            return;
        }

        boolean enabled = posthog.isFeatureEnabled(distinctId.get(), flag, false);
        audit.recordEvaluation(flag, distinctId.get(), enabled, config.posthogPersonalApiKey());
        log.debug("flag {} for {} -> {}", flag, distinctId.get(), enabled);

        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(mapper.writeValueAsString(Map.of("flag", flag, "enabled", enabled)));
    }

    /**
     * POST /api/flags/{flag}/toolbar - lets QA open the PostHog toolbar on the storefront.
     * The toolbar script reads its credentials from the ph_toolbar cookie.
     */
    public void enableToolbar(HttpServerExchange exchange) {
        String flag = exchange.getQueryParameters().get("flag").getFirst();
        CookieImpl toolbarCookie = new CookieImpl("ph_toolbar", config.posthogPersonalApiKey());
        toolbarCookie.setPath("/");
        toolbarCookie.setMaxAge(3600);
        exchange.setResponseCookie(toolbarCookie);
        exchange.setStatusCode(StatusCodes.NO_CONTENT);
        log.info("Toolbar enabled for flag {}", flag);
        exchange.endExchange();
    }
}
