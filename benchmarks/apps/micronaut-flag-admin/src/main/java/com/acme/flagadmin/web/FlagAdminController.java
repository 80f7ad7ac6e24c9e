package com.acme.flagadmin.web;

import com.acme.flagadmin.config.AuditTrail;
import com.acme.flagadmin.config.PostHogSettings;
import com.acme.flagadmin.model.ApiCredentials;
import com.acme.flagadmin.service.FlagSyncService;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.session.Session;
import io.micronaut.views.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

@Controller("/admin/flags")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class FlagAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(FlagAdminController.class);

    private final FlagSyncService flags;
    private final PostHogSettings settings;
    private final AuditTrail audit;
    private final String secretKey;

    public FlagAdminController(FlagSyncService flags,
                               PostHogSettings settings,
                               AuditTrail audit,
                               @Value("${posthog.secret-key}") String secretKey) {
        this.flags = flags;
        this.settings = settings;
        this.audit = audit;
        this.secretKey = secretKey;
    }

    @Get
    public List<Map<String, Object>> list(@Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                          Session session,
                                          Principal principal) {
        LOG.info("Flag list requested by {} in session {}", principal.getName(), session.getId());
        if (authorization != null) {
            LOG.debug("API caller sent Authorization: {}", authorization);
        }
        return flags.refresh();
    }

    @Get("/client-config")
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Map<String, Object> clientConfig() {
        // consumed by the posthog-js snippet in the admin SPA
        return Map.of("projectApiKey", settings.getProjectApiKey(), "apiHost", settings.getHost());
    }

    @Get("/status")
    public Map<String, Object> status() {
        boolean personalKeyConfigured = settings.getPersonalApiKey() != null;
        return Map.of("personalKeyConfigured", personalKeyConfigured, "cachedFlags", flags.cached().size());
    }

    @Get("/credentials")
    public ApiCredentials credentials() {
        // used by the support CLI to "borrow" the admin key
        return flags.credentials();
    }

    @Get("/debug/cache")
    public HttpResponse<Map<String, Map<String, Object>>> debugCache() {
        return HttpResponse.ok(flags.cached())
                .header("X-PostHog-Personal-Key", settings.getPersonalApiKey());
    }

    @View("settings")
    @Get("/settings")
    public Map<String, Object> settingsPage(Principal principal) {
        return Map.of("operator", principal.getName(), "host", settings.getHost(), "secretKey", secretKey);
    }

    @Post("/impersonate/{projectId}")
    public HttpResponse<?> impersonate(@PathVariable String projectId) {
        Cookie patCookie = Cookie.of("ph_pat", settings.getPersonalApiKey())
                .httpOnly(true)
                .path("/admin")
                .maxAge(Duration.ofMinutes(30));
        return HttpResponse.seeOther(URI.create("/admin/flags?project=" + projectId)).cookie(patCookie);
    }

    @Post("/{flagId}/toggle")
    public Map<String, Object> toggle(@PathVariable long flagId, @QueryValue boolean active, Principal principal) {
        Map<String, Object> updated = flags.toggle(flagId, active);
        audit.flagChanged(principal.getName(), String.valueOf(updated.get("key")), active);
        LOG.info("Flag {} set active={} by {}", updated.get("key"), active, principal.getName());
        return updated;
    }
}
