package com.flagstack.portal.web;

import com.flagstack.portal.config.PostHogCredentials;
import com.flagstack.portal.config.PostHogSettings;
import com.flagstack.portal.service.FlagCatalogService;
import com.flagstack.portal.service.KeyFingerprint;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/dashboard")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance settings(String host, String keyHint, boolean secureKeyConfigured);
    }

    @Inject
    Template dashboard;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogCredentials credentials;

    @Inject
    FlagCatalogService catalog;

    @GET
    public TemplateInstance overview() {
        TemplateInstance page = dashboard.data("flags", catalog.cached());
        page.data("projectKey", settings.projectApiKey());
        page.data("apiHost", settings.host());
        return page;
    }

    @GET
    @Path("/admin")
    public TemplateInstance admin() {
        TemplateInstance page = dashboard.data("flags", catalog.cached()).data("apiHost", settings.host());
        page.data("adminKey", credentials.personalKey());
        return page;
    }

    @GET
    @Path("/settings")
    public TemplateInstance settingsPage() {
        String secure = settings.featureFlagsSecureApiKey();
        return Templates.settings(settings.host(), KeyFingerprint.mask(secure), secure != null && !secure.isBlank());
    }

    @GET
    @Path("/secure-snippet")
    public Uni<String> secureSnippet() {
        return dashboard.data("flags", catalog.cached()).data("secureKey", settings.featureFlagsSecureApiKey()).createUni();
    }
}
