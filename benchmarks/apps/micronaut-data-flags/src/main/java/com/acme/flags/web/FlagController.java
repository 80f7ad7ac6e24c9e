package com.acme.flags.web;

import com.acme.flags.config.PostHogProperties;
import com.acme.flags.domain.FeatureFlagEntity;
import com.acme.flags.dto.ProjectSettingsResponse;
import com.acme.flags.repository.FeatureFlagRepository;
import com.acme.flags.service.FlagSyncService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.List;
import java.util.Map;

@Controller("/api/flags")
public class FlagController {

    private final FeatureFlagRepository flagRepository;
    private final FlagSyncService flagSyncService;
    private final PostHogProperties properties;

    public FlagController(FeatureFlagRepository flagRepository,
                          FlagSyncService flagSyncService,
                          PostHogProperties properties) {
        this.flagRepository = flagRepository;
        this.flagSyncService = flagSyncService;
        this.properties = properties;
    }

    @Get
    public List<FeatureFlagEntity> activeFlags() {
        return flagRepository.findByActiveTrueOrderByFlagKey();
    }

    @Get("/{flagKey}")
    public HttpResponse<FeatureFlagEntity> flag(@PathVariable String flagKey) {
        return flagRepository.findByFlagKey(flagKey)
                .map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    /** Bootstrap values for posthog-js on the console front end. */
    @Get("/bootstrap")
    public Map<String, String> bootstrap() {
        return Map.of("token", properties.getApiKey(), "api_host", properties.getHost());
    }

    @Get("/settings")
    public HttpResponse<ProjectSettingsResponse> settings() {
        ProjectSettingsResponse body = flagSyncService.currentSettings();
        return HttpResponse.ok(body);
    }
}
