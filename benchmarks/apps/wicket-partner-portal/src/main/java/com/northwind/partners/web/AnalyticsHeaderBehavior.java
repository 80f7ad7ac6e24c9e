package com.northwind.partners.web;

import org.apache.wicket.Component;
import org.apache.wicket.behavior.Behavior;
import org.apache.wicket.injection.Injector;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.head.JavaScriptHeaderItem;

import com.google.inject.Inject;
import com.northwind.partners.config.PortalSettings;

/**
 * Adds the posthog-js snippet to partner pages. Only the public project key goes to the browser.
 */
public class AnalyticsHeaderBehavior extends Behavior {

    private static final long serialVersionUID = 1L;

    @Inject
    private PortalSettings settings;

    public AnalyticsHeaderBehavior() {
        Injector.get().inject(this);
    }

    @Override
    public void renderHead(Component component, IHeaderResponse response) {
        String script = "posthog.init('" + settings.getProjectApiKey() + "', {"
                + "api_host: '" + settings.getPosthogHost() + "', person_profiles: 'identified_only'});";
        response.render(JavaScriptHeaderItem.forScript(script, "posthog-init"));
    }
}
