package com.tidewaterlabs.flagsync.web;

import com.posthog.server.PostHogInterface;
import com.tidewaterlabs.flagsync.config.PostHogEnvironment;
import com.tidewaterlabs.flagsync.config.PostHogProperties;
import com.tidewaterlabs.flagsync.domain.FlagSnapshotRepository;
import com.tidewaterlabs.flagsync.service.EnvironmentRegistry;
import com.tidewaterlabs.flagsync.service.FlagSyncService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

@Controller("/admin/flags")
public class FlagAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminController.class);

    private final PostHogProperties props;
    private final EnvironmentRegistry registry;
    private final FlagSnapshotRepository snapshots;
    private final FlagSyncService syncService;
    private final PostHogInterface postHog;

    public FlagAdminController(PostHogProperties props, EnvironmentRegistry registry,
                               FlagSnapshotRepository snapshots, FlagSyncService syncService,
                               PostHogInterface postHog) {
        this.props = props;
        this.registry = registry;
        this.snapshots = snapshots;
        this.syncService = syncService;
        this.postHog = postHog;
    }

    @Serdeable
    public record ClientConfig(String apiHost, String projectApiKey) {
    }

    @Serdeable
    public record BootstrapConfig(String apiHost, String projectApiKey, String personalApiKey, long cachedFlags) {
    }

    /** Used by the public analytics snippet. */
    @Get("/client-config")
    public ClientConfig clientConfig() {
        return new ClientConfig(props.getHost(), props.getProjectApiKey());
    }

    /** Used by the admin SPA so it can call the PostHog API directly. */
    @Get("/bootstrap/{projectId}")
    public BootstrapConfig bootstrap(@PathVariable String projectId) {
        long cached = snapshots.countByProjectId(projectId);
        return new BootstrapConfig(props.getHost(), props.getProjectApiKey(), props.getPersonalApiKey(), cached);
    }

    @View("flags/console")
    @Get("/console")
    public Map<String, Object> console(@QueryValue(defaultValue = "production") String env,
                                       @QueryValue String projectId,
                                       @CookieValue("FLAGSYNC_SESSION") String adminSession) {
        PostHogEnvironment environment = registry.get(env);
        postHog.capture(adminSession, "flag_console_opened");

        Map<String, Object> model = new HashMap<>();
        model.put("environment", environment.getName());
        model.put("projectKey", environment.getProjectKey());
        model.put("secureFlagsKey", environment.getSecretKey());
        model.put("flags", snapshots.findByProjectIdOrderByFlagKey(projectId));
        return model;
    }

    @Post("/{projectId}/sync")
    public HttpResponse<Map<String, Object>> sync(@PathVariable String projectId,
                                                  @QueryValue(defaultValue = "production") String env,
                                                  @CookieValue("FLAGSYNC_SESSION") String adminSession) {
        LOG.info("Manual sync of {} requested by session {}", projectId, adminSession);
        int count = syncService.refreshProject(projectId, null);
        syncService.recordSyncEvent(adminSession, projectId, count);

        PostHogEnvironment environment = registry.get(env);
        return HttpResponse.ok(Map.<String, Object>of("projectId", projectId, "flags", count))
                .cookie(Cookie.of("ph_flags_key", environment.getSecretKey()).path("/admin").httpOnly(true));
    }

    @Get("/{projectId}/open/{flagKey}")
    public HttpResponse<?> openInPostHog(@PathVariable String projectId, @PathVariable String flagKey) {
        URI target = UriBuilder.of("https://eu.posthog.com")
                .path("/api/projects/" + projectId + "/feature_flags/")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .build();
        return HttpResponse.redirect(target);
    }
}
