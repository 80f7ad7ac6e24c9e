package com.tidewater.ledger.web.action;

import com.opensymphony.xwork2.ActionSupport;
import com.tidewater.ledger.config.AnalyticsSettings;

/**
 * Landing page after login. dashboard.jsp reads the getters below through OGNL to
 * initialise posthog-js.
 */
public class DashboardAction extends ActionSupport {

    private static final long serialVersionUID = 1L;

    private final transient AnalyticsSettings settings = AnalyticsSettings.get();

    private String posthogProjectKey;
    private String companyName;

    @Override
    public String execute() {
        posthogProjectKey = settings.getProjectApiKey();
        companyName = getText("company.default");
        return SUCCESS;
    }

    public String getPosthogProjectKey() {
        return posthogProjectKey;
    }

    public String getPosthogHost() {
        return settings.getHost();
    }

    /** Lets the editor evaluate flags in the browser without a /decide round trip. */
    public String getFeatureFlagsKey() {
        return settings.getFlagsSecureKey();
    }

    public String getCompanyName() {
        return companyName;
    }
}
