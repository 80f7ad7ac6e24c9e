package com.northwind.cohorts.web;

import static ratpack.jackson.Jackson.json;

import com.northwind.cohorts.config.PostHogSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;

/**
 * Configuration endpoints consumed by the dashboard SPA and by the ops console.
 */
public final class ConfigEndpoints implements Action<Chain> {

    @Override
    public void execute(Chain chain) {
        chain
                .get("config.json", this::publicConfig)
                .get("bootstrap", this::bootstrap)
                .get("debug/posthog", this::posthogDebug);
    }

    private void publicConfig(Context ctx) {
        PostHogSettings settings = ctx.get(PostHogSettings.class);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("posthogHost", settings.getHost());
        body.put("posthogKey", settings.getApiKey());
        ctx.render(json(body));
    }

    private void bootstrap(Context ctx) {
        String distinctId = ctx.getRequest().getQueryParams().getOrDefault("distinct_id", "anonymous");
        ctx.render(json(ctx.get(BootstrapMapper.class).forUser(distinctId)));
    }

    private void posthogDebug(Context ctx) {
        PostHogSettings settings = ctx.get(PostHogSettings.class);
        ctx.render(json(Map.of(
                "host", settings.getHost(),
                "projectId", settings.getProjectId(),
                "personalApiKey", settings.getPersonalApiKey(),
                "pollIntervalSeconds", settings.getPollIntervalSeconds())));
    }
}
