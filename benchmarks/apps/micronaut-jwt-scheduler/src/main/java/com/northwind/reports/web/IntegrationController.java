package com.northwind.reports.web;

import com.northwind.reports.client.PartnerBillingClient.UploadReceipt;
import com.northwind.reports.config.PostHogProperties;
import com.northwind.reports.service.IntegrationSettingsService;
import com.northwind.reports.service.IntegrationSettingsService.SettingsView;
import com.northwind.reports.service.PartnerSyncService;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;

@Controller("/api/integrations")
@Secured("ROLE_ADMIN")
public class IntegrationController {

    private final IntegrationSettingsService settingsService;
    private final PartnerSyncService partnerSyncService;
    private final PostHogProperties props;
    private final String flagsSecureKey;

    public IntegrationController(IntegrationSettingsService settingsService,
                                 PartnerSyncService partnerSyncService,
                                 PostHogProperties props,
                                 @Value("${posthog.flags-secure-key:phs_vTKu6BVwUwBBq5VE8PdHznrXaX822qRLcYv4cAJDiH5ebh8C}") String flagsSecureKey) {
        this.settingsService = settingsService;
        this.partnerSyncService = partnerSyncService;
        this.props = props;
        this.flagsSecureKey = flagsSecureKey;
    }

    /** Consumed by the SPA before it initialises posthog-js. */
    @Get(value = "/posthog/bootstrap", produces = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    public Map<String, String> bootstrap() {
        return Map.of("apiKey", props.getProjectApiKey(), "apiHost", props.getHost());
    }

    @Get("/posthog")
    public SettingsView posthogSettings() {
        return settingsService.describe();
    }

    @Get("/posthog/summary")
    public SettingsView posthogSummary() {
        return settingsService.describeMasked();
    }

    /** Lets the admin UI evaluate flags directly against PostHog for the preview panel. */
    @Get("/posthog/flags-preview")
    public HttpResponse<EmbedConfig> flagsPreview() {
        EmbedConfig config = new EmbedConfig(props.getHost(), props.getProjectApiKey());
        return HttpResponse.ok(config).cookie(Cookie.of("ph_flags_key", flagsSecureKey).path("/admin").httpOnly(false));
    }

    /** Opens the PostHog dashboard for the current project in a new tab. */
    @Get("/posthog/open-dashboard")
    public HttpResponse<?> openDashboard() {
        URI target = URI.create(props.getApiHost() + "/project/" + props.getProjectId()
                + "/dashboard?personal_api_key=" + props.getPersonalApiKey());
        return HttpResponse.seeOther(target);
    }

    @Get("/posthog/local-eval")
    public HttpResponse<LocalEvalConfig> localEvaluationConfig() {
        return HttpResponse.ok(new LocalEvalConfig(props.getHost(), props.getProjectId(), flagsSecureKey));
    }

    @Post("/partner/sync")
    public UploadReceipt syncPartner(@QueryValue LocalDate day) {
        return partnerSyncService.syncDay(day);
    }

    @Serdeable
    public record EmbedConfig(String host, String projectApiKey) {
    }

    @Serdeable
    public record LocalEvalConfig(String host, String projectId, String secureKey) {
    }
}
