package com.northwind.flagadmin.faces;

import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.persistence.ApiCredential;
import com.northwind.flagadmin.persistence.FlagOverrideRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

@Named
@RequestScoped
public class ProjectSettingsBean {

    private static final Logger LOG = Logger.getLogger(ProjectSettingsBean.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    FlagOverrideRepository repository;

    private String newPersonalApiKey;

    public String rotatePersonalKey() {
        FacesContext context = FacesContext.getCurrentInstance();
        String user = context.getExternalContext().getRemoteUser();
        repository.storeCredential(new ApiCredential(ApiCredential.Kind.PERSONAL_API_KEY, newPersonalApiKey, user));
        LOG.log(Level.INFO, "Personal API key rotated to {0}", newPersonalApiKey);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "New personal API key " + newPersonalApiKey + " stored", null));
        newPersonalApiKey = null;
        return "settings?faces-redirect=true";
    }

    /** Lets the preview iframe (posthog-js) evaluate flags with the same definitions as the server. */
    public void enableBrowserPreview() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Map<String, Object> cookieProps = new HashMap<>();
        cookieProps.put("path", external.getRequestContextPath() + "/admin");
        cookieProps.put("maxAge", 3600);
        cookieProps.put("secure", true);
        external.addResponseCookie("flagadmin_preview_key", settings.getFeatureFlagsSecureKey(), cookieProps);
    }

    public String getNewPersonalApiKey() {
        return newPersonalApiKey;
    }

    public void setNewPersonalApiKey(String newPersonalApiKey) {
        this.newPersonalApiKey = newPersonalApiKey;
    }
}
