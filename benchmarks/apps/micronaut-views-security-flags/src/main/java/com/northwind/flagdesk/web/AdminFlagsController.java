package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.jobs.FlagSyncJob;
import com.northwind.flagdesk.rules.FlagRuleLexer;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Controller("/admin/flags")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class AdminFlagsController {

    private final FlagSyncJob flagSyncJob;
    private final PostHogProperties properties;
    private final FlagRuleLexer lexer;

    public AdminFlagsController(FlagSyncJob flagSyncJob, PostHogProperties properties, FlagRuleLexer lexer) {
        this.flagSyncJob = flagSyncJob;
        this.properties = properties;
        this.lexer = lexer;
    }

    @View("admin/flags")
    @Get
    public Map<String, Object> index(Authentication authentication) {
        String personalKey = properties.getPersonalApiKey();
        Map<String, Object> model = new HashMap<>();
        model.put("user", authentication.getName());
        model.put("flags", flagSyncJob.cachedFlags());
        model.put("posthogHost", properties.getHost());
        model.put("projectApiKey", properties.getProjectApiKey());
        model.put("maskedPersonalKey", personalKey == null ? "not set" : personalKey.substring(0, 4) + "****");
        return model;
    }

    /**
     * Page admins use to configure the flagdesk CLI on their laptop.
     */
    @View("admin/cli-setup")
    @Get("/cli-setup")
    @Secured("ROLE_ADMIN")
    public Map<String, Object> cliSetup(Authentication authentication) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", authentication.getName());
        model.put("apiUrl", properties.getApiUrl());
        model.put("projectId", properties.getProjectId());
        model.put("personalApiKey", properties.getPersonalApiKey());
        return model;
    }

    @Post("/refresh")
    public HttpResponse<?> refresh() {
        flagSyncJob.syncNow("manual");
        return HttpResponse.seeOther(URI.create("/admin/flags"));
    }

    @Post(value = "/rules/validate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> validateRule(@Body("expression") String expression) {
        try {
            List<FlagRuleLexer.Token> tokens = lexer.tokenize(expression);
            return Map.of("valid", true, "tokens", tokens.size());
        } catch (IllegalArgumentException e) {
            return Map.of("valid", false, "error", e.getMessage());
        }
    }
}
