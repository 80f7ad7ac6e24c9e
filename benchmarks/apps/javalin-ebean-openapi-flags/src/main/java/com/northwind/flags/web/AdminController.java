package com.northwind.flags.web;

import com.northwind.flags.analytics.FeatureFlagService;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.web.dto.DiagnosticsResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

public class AdminController {

    private final AppConfig config;
    private final FeatureFlagService flags;

    public AdminController(AppConfig config, FeatureFlagService flags) {
        this.config = config;
        this.flags = flags;
    }

    @OpenApi(
            path = "/api/admin/diagnostics",
            methods = HttpMethod.GET,
            summary = "PostHog wiring of this instance",
            tags = {"admin"},
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = DiagnosticsResponse.class)))
    public void diagnostics(Context ctx) {
        requireAdmin(ctx);
        DiagnosticsResponse body = DiagnosticsResponse.from(config, flags.listFlagDefinitions().size());
        ctx.json(body);
    }

    @OpenApi(
            path = "/api/admin/posthog",
            methods = HttpMethod.GET,
            summary = "Jump to a flag in PostHog",
            tags = {"admin"},
            queryParams = @OpenApiParam(name = "flag", required = true),
            responses = @OpenApiResponse(status = "302"))
    public void openInPostHog(Context ctx) {
        requireAdmin(ctx);
        String flag = URLEncoder.encode(ctx.queryParamAsClass("flag", String.class).get(), StandardCharsets.UTF_8);
        String target = flags.privateApiBase() + "/api/projects/" + config.posthogProjectId()
                + "/feature_flags/?search=" + flag
                + "&personal_api_key=" + config.posthogPersonalKey();
        ctx.redirect(target);
    }

    private static void requireAdmin(Context ctx) {
        if (!"ADMIN".equals(ctx.attribute("scope"))) {
            throw new ForbiddenResponse("admin scope required");
        }
    }
}
