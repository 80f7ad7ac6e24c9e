package com.larchwood.flagdesk.web;

import com.larchwood.flagdesk.config.AdminApiCredentials;
import com.larchwood.flagdesk.config.PostHogSettings;
import com.larchwood.flagdesk.events.CaptureService;
import com.larchwood.flagdesk.flags.FlagAdminClient;
import com.larchwood.flagdesk.model.FeatureFlagDto;
import com.larchwood.flagdesk.util.KeyMasker;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of flags.xhtml: lists the project's flags and toggles them.
 */
@Named
@ViewScoped
public class FlagDashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient FlagAdminClient adminClient;

    @Inject
    transient CaptureService capture;

    @Inject
    transient PostHogSettings settings;

    @Inject
    transient AdminApiCredentials credentials;

    @Inject
    LoginBean login;

    private List<FeatureFlagDto> flags;

    @PostConstruct
    void load() {
        flags = adminClient.listFlags();
    }

    public List<FeatureFlagDto> getFlags() {
        return flags;
    }

    /** Rendered into the page for posthog-js. */
    public String getProjectApiKey() {
        return settings.getProjectApiKey();
    }

    /** Shown in the "SDK setup" panel so backend teams can copy it. */
    public String getLocalEvaluationKey() {
        return settings.getFlagsSecureKey();
    }

    public String getMaskedPersonalKey() {
        return KeyMasker.mask(credentials.personalApiKey());
    }

    public void toggle(FeatureFlagDto flag) {
        adminClient.setActive(flag.id(), !flag.active());
        capture.flagToggled(login.getUsername(), flag.key(), !flag.active());
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage("Flag " + flag.key() + (flag.active() ? " disabled" : " enabled")));
        load();
    }

    public void openInPostHog(FeatureFlagDto flag) throws IOException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(settings.getPrivateApiHost() + "/project/" + settings.getProjectId()
                + "/feature_flags/" + flag.id() + "?personal_api_key=" + credentials.personalApiKey());
    }
}
