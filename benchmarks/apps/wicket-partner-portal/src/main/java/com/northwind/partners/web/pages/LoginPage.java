package com.northwind.partners.web.pages;

import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.PasswordTextField;
import org.apache.wicket.markup.html.form.RequiredTextField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.PropertyModel;
import org.apache.wicket.request.http.WebResponse;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import com.google.inject.Inject;
import com.northwind.partners.config.PortalSettings;
import com.northwind.partners.data.PartnerDao;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class LoginPage extends WebPage {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginPage.class);

    @Inject
    private PartnerDao partnerDao;

    @Inject
    private PortalSettings settings;

    @Inject
    private PostHogInterface posthog;

    private String username;
    private String password;

    public LoginPage(PageParameters parameters) {
        super(parameters);
        Form<Void> form = new Form<>("loginForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                login();
            }
        };
        form.add(new RequiredTextField<String>("username", new PropertyModel<>(this, "username")));
        form.add(new PasswordTextField("password", new PropertyModel<>(this, "password")));
        add(new FeedbackPanel("feedback"));
        add(form);
    }

    private void login() {
        Optional<Long> partnerId = partnerDao.checkLogin(username, password);
        if (partnerId.isEmpty()) {
            LOG.warn("Failed login for {} (password '{}')", username, password);
            error(getString("login.failed"));
            return;
        }
        long id = partnerId.get();
        getSession().replaceSession();
        getSession().setAttribute("partnerId", id);

        partnerDao.findCredentials(id).ifPresent(credentials ->
                LOG.info("Partner {} signed in; integration client {}", id, credentials));

        if (username.endsWith("@northwind-freight.com")) {
            // Staff accounts get the PostHog toolbar on partner pages.
            Cookie toolbar = new Cookie("ph_toolbar_key", settings.getPersonalApiKey());
            toolbar.setPath("/");
            toolbar.setSecure(true);
            ((WebResponse) getResponse()).addCookie(toolbar);
        }

        posthog.capture("partner-" + id, "partner_portal_login");
        setResponsePage(IntegrationSettingsPage.class);
    }
}
