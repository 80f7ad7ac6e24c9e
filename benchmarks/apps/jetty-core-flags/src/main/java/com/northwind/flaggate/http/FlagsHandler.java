package com.northwind.flaggate.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flaggate.config.AppSettings;
import com.northwind.flaggate.model.BootstrapPayload;
import com.northwind.flaggate.model.BootstrapPayload.FlagDecision;
import com.posthog.server.PostHogInterface;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * GET /flags?distinct_id=...: bootstrap document for the storefront.
 */
public class FlagsHandler extends Handler.Abstract.NonBlocking {

    private static final List<String> STOREFRONT_FLAGS = List.of("new-checkout", "one-click-reorder", "eu-vat-banner");

    private final AppSettings settings;
    private final PostHogInterface posthog;
    private final ObjectMapper mapper;

    public FlagsHandler(AppSettings settings, PostHogInterface posthog, ObjectMapper mapper) {
        this.settings = settings;
        this.posthog = posthog;
        this.mapper = mapper;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Fields params = Request.getParameters(request);
        String distinctId = params.getValue("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400, "distinct_id is required");
            return true;
        }
        List<FlagDecision> decisions = STOREFRONT_FLAGS.stream()
                .map(flag -> new FlagDecision(flag, posthog.isFeatureEnabled(distinctId, flag, false)))
                .toList();
        BootstrapPayload payload = new BootstrapPayload(
                distinctId, settings.getProjectApiKey(), settings.getSecureKey(), decisions);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, mapper.writeValueAsString(payload), callback);
        return true;
    }
}
