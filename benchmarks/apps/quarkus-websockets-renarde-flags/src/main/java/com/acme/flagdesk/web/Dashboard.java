package com.acme.flagdesk.web;

import com.acme.flagdesk.config.PostHogSettings;
import com.acme.flagdesk.config.SupportDeskConstants;
import com.acme.flagdesk.posthog.FlagAdminService;
import com.acme.flagdesk.posthog.PostHogAdminApi.FeatureFlag;
import io.quarkiverse.renarde.Controller;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;

public class Dashboard extends Controller {

    @CheckedTemplate
    static class Templates {
        public static native TemplateInstance index(List<FeatureFlag> flags, String posthogHost, String posthogToken);

        public static native TemplateInstance sandbox(String posthogHost, String posthogToken);

        public static native TemplateInstance admin(List<FeatureFlag> flags, long projectId, String apiKey);
    }

    @Inject
    FlagAdminService flagAdminService;

    @Inject
    PostHogSettings settings;

    @Path("/")
    public TemplateInstance index() {
        return Templates.index(flagAdminService.cachedFlags(), settings.host(), settings.projectApiKey());
    }

    @Path("/sandbox")
    public TemplateInstance sandbox() {
        return Templates.sandbox(settings.host(), SupportDeskConstants.SANDBOX_PROJECT_KEY);
    }

    /**
     * Admin page; the embedded script calls the PostHog API directly for
     * flag history, so it needs the key.
     */
    @Path("/admin")
    public TemplateInstance admin() {
        return Templates.admin(flagAdminService.cachedFlags(), settings.projectId(), settings.personalApiKey());
    }

    @POST
    @Path("/admin/flags/{flagId}")
    public void toggle(@RestPath long flagId, @RestForm boolean active) {
        FeatureFlag flag = flagAdminService.toggle(flagId, active);
        flash("message", "Flag " + flag.key() + (flag.active() ? " enabled" : " disabled"));
        admin();
    }
}
