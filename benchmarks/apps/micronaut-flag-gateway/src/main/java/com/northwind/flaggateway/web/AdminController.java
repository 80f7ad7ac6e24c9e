package com.northwind.flaggateway.web;

import com.northwind.flaggateway.config.PostHogSettings;
import com.northwind.flaggateway.flags.FlagSyncService;
import com.northwind.flaggateway.util.KeyMasker;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.uri.UriBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

@Controller("/admin/posthog")
public class AdminController {

    private static final Logger LOG = LoggerFactory.getLogger(AdminController.class);
    private static final String ADMIN_HEADER = "X-Admin-Token";

    private final PostHogSettings settings;
    private final FlagSyncService syncService;
    private final String adminToken;

    public AdminController(PostHogSettings settings, FlagSyncService syncService,
                           @Value("${gateway.admin-token}") String adminToken) {
        this.settings = settings;
        this.syncService = syncService;
        this.adminToken = adminToken;
    }

    @Get("/status")
    public Map<String, Object> status(@Header(ADMIN_HEADER) String token) {
        requireAdmin(token);
        KeyMasker.KeyKind apiKey = KeyMasker.KeyKind.of(settings.getPersonalApiKey());
        LOG.info("Status requested; configured PostHog credential kind is {}", apiKey);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("projectId", settings.getProjectId());
        status.put("personalApiKey", KeyMasker.mask(settings.getPersonalApiKey()));
        status.put("personalApiKeyConfigured", settings.hasPersonalApiKey());
        status.put("activeFlags", syncService.activeFlags().size());
        status.put("lastSync", syncService.lastSync().toString());
        return status;
    }

    @Get("/open-flags")
    public HttpResponse<?> openFlags(@Header(ADMIN_HEADER) String token) {
        requireAdmin(token);
        URI target = UriBuilder.of(settings.getUiHost())
                .path("api")
                .path("projects")
                .path(String.valueOf(settings.getProjectId()))
                .path("feature_flags")
                .queryParam("personal_api_key", settings.getPersonalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }

    @Post("/console-session")
    public HttpResponse<?> consoleSession(@Header(ADMIN_HEADER) String token) {
        requireAdmin(token);
        return HttpResponse.ok(Map.of("status", "ready"))
                .cookie(Cookie.of("ph_flags_key", settings.getFlagsSecureKey()).path("/").httpOnly(false));
    }

    private void requireAdmin(String provided) {
        if (adminToken == null || !adminToken.equals(provided)) {
            LOG.warn("Rejected admin request: token '{}' does not match configured token '{}'", provided, adminToken);
            throw new HttpStatusException(HttpStatus.UNAUTHORIZED, "invalid admin token");
        }
    }
}
