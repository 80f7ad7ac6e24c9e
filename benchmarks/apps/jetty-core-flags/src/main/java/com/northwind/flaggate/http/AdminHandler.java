package com.northwind.flaggate.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.posthog.FlagDefinitionsClient;
import com.northwind.flaggate.posthog.FlagSyncException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /admin/definitions: raw flag definitions for the ops dashboard (its JS calls PostHog
 * directly for edits, hence the key header).
 */
public class AdminHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(AdminHandler.class);

    static final String KEY_HEADER = "X-PostHog-Key";

    private final AppSettings settings;
    private final AdminAuthenticator authenticator;
    private final FlagDefinitionsClient definitions;
    private final ObjectMapper mapper;

    public AdminHandler(AppSettings settings, AdminAuthenticator authenticator,
                        FlagDefinitionsClient definitions, ObjectMapper mapper) {
        this.settings = settings;
        this.authenticator = authenticator;
        this.definitions = definitions;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!authenticator.authenticate(request)) {
            LOG.debug("Unauthenticated admin call, headers: {}", request.getHeaders());
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"flag-gate\"");
            Response.writeError(request, response, callback, HttpStatus.UNAUTHORIZED_401);
            return true;
        }
        try {
            JsonNode body = definitions.fetchDefinitions();
            response.setStatus(HttpStatus.OK_200);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.getHeaders().put(KEY_HEADER, settings.getPersonalApiKey());
            Content.Sink.write(response, true, mapper.writeValueAsString(body), callback);
        } catch (FlagSyncException e) {
            LOG.warn("Flag definitions unavailable, PostHog answered HTTP {}", e.statusCode());
            Response.writeError(request, response, callback, HttpStatus.BAD_GATEWAY_502, e.getMessage());
        }
        return true;
    }
}
