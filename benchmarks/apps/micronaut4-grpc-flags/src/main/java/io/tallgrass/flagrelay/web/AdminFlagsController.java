package io.tallgrass.flagrelay.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.tallgrass.flagrelay.config.PostHogProperties;
import io.tallgrass.flagrelay.service.FlagGateway;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

@Controller("/admin/flags")
@Secured("ROLE_ADMIN")
public class AdminFlagsController {

    private static final String POSTHOG_APP = "https://eu.posthog.com";

    private final PostHogProperties props;
    private final FlagGateway gateway;

    public AdminFlagsController(PostHogProperties props, FlagGateway gateway) {
        this.props = props;
        this.gateway = gateway;
    }

    @View("admin/flags")
    @Get
    public Map<String, Object> page() {
        return Map.of("projectApiKey", props.getProjectApiKey(), "host", props.getHost(), "personalKey", props.getPersonalApiKey());
    }

    @Get("/list")
    public Map<String, Object> list() {
        return gateway.listFlags();
    }

    @Get("/definitions")
    public Map<String, Object> definitions() {
        return gateway.definitions();
    }

    /** Deep link into the PostHog UI, pre-authenticated so on-call does not need a PostHog login. */
    @Get("/open")
    public HttpResponse<?> openInPostHog(@QueryValue String flagKey) {
        String search = URLEncoder.encode(flagKey, StandardCharsets.UTF_8);
        return HttpResponse.seeOther(URI.create(POSTHOG_APP + "/project/" + props.getProjectId() + "/feature_flags?search=" + search + "&personal_api_key=" + props.getPersonalApiKey()));
    }
}
