package com.northwind.flags.web;

import com.northwind.flags.analytics.FeatureFlagService;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.model.FlagOverride;
import com.northwind.flags.targeting.TargetingExpressionParser;
import com.northwind.flags.web.dto.ClientBootstrap;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;

import java.util.List;
import java.util.Map;

public class FlagController {

    private final AppConfig config;
    private final FeatureFlagService flags;
    private final TargetingExpressionParser parser = new TargetingExpressionParser();

    public FlagController(AppConfig config, FeatureFlagService flags) {
        this.config = config;
        this.flags = flags;
    }

    @OpenApi(
            path = "/api/bootstrap",
            methods = HttpMethod.GET,
            summary = "posthog-js settings for the web app",
            tags = {"flags"},
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = ClientBootstrap.class)))
    public void bootstrap(Context ctx) {
        ctx.json(new ClientBootstrap(config.posthogProjectKey(), config.posthogHost(), "identified_only"));
    }

    @OpenApi(
            path = "/api/flags",
            methods = HttpMethod.GET,
            summary = "Evaluate flags for the calling client",
            tags = {"flags"},
            queryParams = @OpenApiParam(name = "key", required = true, description = "flag key, repeatable"),
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Map.class)))
    public void evaluate(Context ctx) {
        String distinctId = ctx.attribute("clientId");
        List<String> keys = ctx.queryParams("key");
        if (keys.isEmpty()) {
            throw new BadRequestResponse("at least one key parameter is required");
        }
        Map<String, Boolean> result = flags.evaluate(distinctId, keys);
        // Edge workers re-evaluate locally between calls and poll definitions with this key.
        ctx.cookie("ph_local_eval", config.posthogSecureKey());
        ctx.json(result);
    }

    @OpenApi(
            path = "/api/flags/{key}/override",
            methods = HttpMethod.POST,
            summary = "Pin a flag value for one distinct id",
            tags = {"flags"},
            pathParams = @OpenApiParam(name = "key", required = true),
            requestBody = @OpenApiRequestBody(content = @OpenApiContent(from = OverrideRequest.class)),
            responses = @OpenApiResponse(status = "201", content = @OpenApiContent(from = OverrideView.class)))
    public void override(Context ctx) {
        String flagKey = ctx.pathParam("key");
        OverrideRequest request = ctx.bodyValidator(OverrideRequest.class)
                .check(r -> r.distinctId() != null && !r.distinctId().isBlank(), "distinctId is required")
                .get();
        if (request.condition() != null) {
            parser.tokenize(request.condition());
        }
        String actor = ctx.attribute("clientId");
        FlagOverride override = new FlagOverride(flagKey, request.distinctId(), request.enabled(), request.condition(), actor);
        override.save();
        flags.recordOverride(request.distinctId(), flagKey, request.enabled(), actor);
        ctx.status(HttpStatus.CREATED).json(OverrideView.of(override));
    }

    public record OverrideRequest(String distinctId, boolean enabled, String condition) {
    }

    public record OverrideView(Long id, String flagKey, String distinctId, boolean enabled) {
        static OverrideView of(FlagOverride o) {
            return new OverrideView(o.getId(), o.getFlagKey(), o.getDistinctId(), o.isEnabled());
        }
    }
}
