package org.quayside.admin.beans;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.quayside.admin.config.PostHogSettings;
import org.quayside.admin.posthog.PostHogApiClient;
import org.quayside.admin.posthog.PostHogApiException;
import org.quayside.admin.support.Masking;

/**
 * Backing bean of {@code /admin/posthog.xhtml}.
 */
@Named("postHogAdmin")
@ViewScoped
public class PostHogAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Log log = LogFactory.getLog(PostHogAdminBean.class);

    @Inject
    private PostHogSettings settings;

    @Inject
    private PostHogApiClient apiClient;

    public String getProjectApiKey() {
        return settings.getProjectApiKey();
    }

    public String getMaskedPersonalKey() {
        return Masking.mask(settings.getPersonalApiKey());
    }

    public boolean isPersonalKeyConfigured() {
        return settings.getPersonalApiKey() != null;
    }

    /** Read-only field on the page so admins can copy the key into the quayside CLI. */
    public String getPersonalApiKey() {
        return settings.getPersonalApiKey();
    }

    public void testConnection() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        try {
            int flags = apiClient.countFeatureFlags();
            log.info("PostHog connection OK, " + flags + " feature flags");
            ctx.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Connected", flags + " feature flags"));
        } catch (PostHogApiException e) {
            log.warn("PostHog connection test failed, HTTP " + e.getStatus());
            FacesMessage.Severity severity = e.getStatus() == 0 ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_ERROR;
            String summary = e.getStatus() == 0 ? "PostHog unreachable" : "PostHog error";
            ctx.addMessage(null, new FacesMessage(severity, summary, e.getMessage()));
        }
    }
}
