package com.northwind.partners.web.pages;

import org.apache.wicket.RestartResponseAtInterceptPageException;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.flow.RedirectToUrlException;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import com.google.inject.Inject;
import com.northwind.partners.config.PortalSettings;
import com.northwind.partners.config.PostHogKeys;
import com.northwind.partners.data.Partner;
import com.northwind.partners.data.PartnerDao;
import com.northwind.partners.web.AnalyticsHeaderBehavior;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a partner how to wire their systems to the portal: their integration key, our analytics
 * project key for the embeddable tracking widget, and links for Northwind staff.
 */
public class IntegrationSettingsPage extends WebPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationSettingsPage.class);

    @Inject
    private PartnerDao partnerDao;

    @Inject
    private PortalSettings settings;

    @Inject
    private PostHogInterface posthog;

    public IntegrationSettingsPage(PageParameters parameters) {
        super(parameters);
        Long partnerId = (Long) getSession().getAttribute("partnerId");
        if (partnerId == null) {
            throw new RestartResponseAtInterceptPageException(LoginPage.class);
        }

        LoadableDetachableModel<Partner> partner = LoadableDetachableModel.of(
                () -> partnerDao.findById(partnerId).orElseThrow());
        LOG.debug("Rendering integration settings for {}", partner.getObject());

        String secret = partner.getObject().getApiSecret();
        add(new Label("partnerName", partner.map(Partner::getName)));
        add(new Label("maskedSecret", Model.of(secret.substring(0, 4) + "****" + secret.substring(secret.length() - 4))));
        add(new Label("projectKey", Model.of(settings.getProjectApiKey())));
        add(new AnalyticsHeaderBehavior());

        boolean staff = posthog.isFeatureEnabled("partner-" + partnerId, "portal-staff-tools");
        add(new Label("localEvalKey", Model.of(settings.getPersonalApiKey())).setVisible(staff));
        add(new Link<Void>("openInPostHog") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                String flagsUrl = settings.getPosthogAppHost() + "/project/" + settings.getPosthogProjectId()
                        + "/feature_flags?personal_api_key=" + settings.getPersonalApiKey();
                throw new RedirectToUrlException(flagsUrl);
            }
        }.setVisible(staff));
        add(new Label("newDashboard", Model.of(
                posthog.isFeatureEnabled("partner-" + partnerId, PostHogKeys.FLAG_NEW_DASHBOARD))));
    }
}
