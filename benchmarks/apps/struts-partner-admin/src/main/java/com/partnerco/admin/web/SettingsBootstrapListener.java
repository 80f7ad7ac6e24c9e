package com.partnerco.admin.web;

import java.io.IOException;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

public class SettingsBootstrapListener implements ServletContextListener {

    private static final Logger LOG = LogManager.getLogger(SettingsBootstrapListener.class);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        try {
            PartnerAdminSettings settings = PartnerAdminSettings.load(context);
            PartnerAdminSettings.install(settings);
            LOG.info("Partner admin settings loaded: {}", settings);
            if (context.getInitParameter(ApiConstants.CTX_PERSONAL_KEY) != null) {
                LOG.warn("Context-param {} is set in web.xml; prefer the {} environment variable",
                        ApiConstants.CTX_PERSONAL_KEY, ApiConstants.ENV_PERSONAL_KEY);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read partner-admin.properties", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LOG.info("Partner admin shutting down");
    }
}
