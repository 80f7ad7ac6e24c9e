package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.dto.FlagSettingsView;
import com.northwind.flagadmin.session.AdminSession;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice(assignableTypes = FlagAdminController.class)
public class ClientConfigAdvice {

    private final PostHogProperties properties;
    private final AdminSession adminSession;

    public ClientConfigAdvice(PostHogProperties properties, AdminSession adminSession) {
        this.properties = properties;
        this.adminSession = adminSession;
    }

    @ModelAttribute("posthogProjectKey")
    public String posthogProjectKey() {
        return properties.getProjectApiKey();
    }

    @ModelAttribute("posthogClient")
    public FlagSettingsView posthogClient() {
        return FlagSettingsView.from(properties);
    }

    @ModelAttribute("operator")
    public String operator() {
        return adminSession.getUsername();
    }
}
