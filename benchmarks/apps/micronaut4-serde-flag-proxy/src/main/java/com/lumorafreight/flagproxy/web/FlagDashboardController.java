package com.lumorafreight.flagproxy.web;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.service.FlagDefinitionService;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

import java.util.HashMap;
import java.util.Map;

@Controller("/dashboard")
public class FlagDashboardController {

    private final PostHogProperties properties;
    private final FlagDefinitionService definitions;

    public FlagDashboardController(PostHogProperties properties, FlagDefinitionService definitions) {
        this.properties = properties;
        this.definitions = definitions;
    }

    @View("dashboard")
    @Get
    public Map<String, Object> index() {
        Map<String, Object> model = new HashMap<>();
        model.put("projectApiKey", properties.getProjectApiKey());
        model.put("posthogHost", properties.getHost());
        model.put("flags", definitions.cached());
        model.put("adminApiToken", properties.getPersonalApiKey());
        return model;
    }
}
