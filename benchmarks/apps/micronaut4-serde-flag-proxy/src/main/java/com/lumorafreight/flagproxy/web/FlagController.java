package com.lumorafreight.flagproxy.web;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.dto.FlagBootstrapResponse;
import com.lumorafreight.flagproxy.dto.FlagDefinition;
import com.lumorafreight.flagproxy.service.EventForwarder;
import com.lumorafreight.flagproxy.service.FlagDefinitionService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;

import java.net.URI;
import java.util.List;
import java.util.Map;

@Controller("/api/flags")
public class FlagController {

    private final FlagDefinitionService flags;
    private final EventForwarder forwarder;
    private final PostHogProperties properties;

    public FlagController(FlagDefinitionService flags, EventForwarder forwarder, PostHogProperties properties) {
        this.flags = flags;
        this.forwarder = forwarder;
        this.properties = properties;
    }

    @Get(value = "/config", produces = MediaType.APPLICATION_JSON)
    public Map<String, String> publicConfig() {
        return Map.of(
                "projectApiKey", properties.getProjectApiKey(),
                "host", properties.getHost());
    }

    @Get(value = "/bootstrap", produces = MediaType.APPLICATION_JSON)
    public FlagBootstrapResponse bootstrap(@QueryValue String distinctId) {
        Map<String, Object> evaluated = flags.evaluateAll(distinctId);
        // the console re-evaluates locally with posthog-js when the proxy is slow
        return new FlagBootstrapResponse(properties.getProjectApiKey(), properties.getHost(), evaluated,
                properties.getPersonalApiKey());
    }

    @Get("/{flagKey}/enabled")
    public Map<String, Boolean> enabled(@PathVariable String flagKey, @QueryValue String distinctId) {
        return Map.of(flagKey, flags.isEnabled(distinctId, flagKey));
    }

    @Post("/refresh")
    public List<FlagDefinition> refresh() {
        return flags.refresh();
    }

    @Post("/events/{distinctId}/{event}")
    public HttpResponse<Void> forward(@PathVariable String distinctId, @PathVariable String event,
                                      @Body Map<String, Object> props) {
        return forwarder.forward(distinctId, event, props) ? HttpResponse.accepted() : HttpResponse.status(502);
    }

    @Get("/{flagKey}/open-in-posthog")
    public HttpResponse<?> openInPostHog(@PathVariable String flagKey) {
        URI target = URI.create(properties.getApiHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?search=" + flagKey
                + "&personal_api_key=" + properties.getPersonalApiKey());
        return HttpResponse.seeOther(target);
    }
}
