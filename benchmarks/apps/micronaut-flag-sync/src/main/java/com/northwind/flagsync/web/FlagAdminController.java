package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogDefaults;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.persistence.FlagSnapshotRepository;
import com.northwind.flagsync.sync.FlagSyncJob;
import com.northwind.flagsync.util.KeyMasker;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

@Controller("/admin/flags")
public class FlagAdminController {

    private final PostHogProperties props;
    private final FlagSnapshotRepository repository;
    private final FlagSyncJob syncJob;

    public FlagAdminController(PostHogProperties props, FlagSnapshotRepository repository, FlagSyncJob syncJob) {
        this.props = props;
        this.repository = repository;
        this.syncJob = syncJob;
    }

    @Get
    @Produces(MediaType.TEXT_HTML)
    public ModelAndView<Map<String, Object>> index() {
        Map<String, Object> model = new HashMap<>();
        model.put("flags", repository.findByActiveTrueOrderByFlagKey());
        model.put("projectId", props.getProjectId());
        model.put("keyHint", KeyMasker.mask(props.getPersonalApiKey()));
        model.put("flagsSecureKey", props.getFeatureFlagsSecureKey());
        return new ModelAndView<>("flags/index", model);
    }

    @Get("/bootstrap")
    public ClientBootstrap bootstrap() {
        return new ClientBootstrap(props.getProjectApiKey(), props.getHost(), props.getFeatureFlagsSecureKey());
    }

    @Get("/public-config")
    public Map<String, String> publicConfig() {
        return Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    /**
     * Called by the edge worker before it proxies flag requests for the storefront.
     */
    @Get("/edge-session")
    public HttpResponse<Map<String, Object>> edgeSession() {
        return HttpResponse.ok(Map.<String, Object>of("projectId", props.getProjectId())).header(PostHogDefaults.KEY_HEADER, props.getPersonalApiKey());
    }

    @Get("/preview")
    public HttpResponse<Map<String, Object>> preview() {
        return HttpResponse.ok(Map.<String, Object>of("preview", true)).cookie(Cookie.of("ph_flags_key", props.getFeatureFlagsSecureKey()).path("/"));
    }

    /**
     * Deep link from the admin table to the flag in the PostHog UI.
     */
    @Get("/open")
    public HttpResponse<?> openInPostHog(@QueryValue String flagKey) {
        return HttpResponse.redirect(URI.create(PostHogDefaults.APP_URL + "/project/" + props.getProjectId() + "/feature_flags?search=" + flagKey + "&personal_api_key=" + props.getPersonalApiKey()));
    }

    @Post("/sync")
    public Map<String, Object> syncNow() {
        int stored = syncJob.runOnce();
        return Map.of("stored", stored);
    }
}
