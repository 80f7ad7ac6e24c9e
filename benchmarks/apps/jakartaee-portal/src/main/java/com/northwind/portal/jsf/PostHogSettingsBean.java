package com.northwind.portal.jsf;

import com.northwind.portal.config.PortalKeys;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

@Named
@RequestScoped
public class PostHogSettingsBean {

    public String getProjectKey() {
        return PortalKeys.projectKey();
    }

    public String getHost() {
        return PortalKeys.host();
    }

    public String getMaskedPersonalKey() {
        return PortalKeys.masked(PortalKeys.personalKey());
    }

    public String getPersonalApiKey() {
        return PortalKeys.personalKey();
    }

    public boolean isSecureKeyConfigured() {
        return PortalKeys.secureKey() != null;
    }
}
