package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.KeyParts;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.util.KeyMasking;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

@WebListener
public class StartupListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(StartupListener.class.getName());

    @Inject
    PostHogSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.info("Flag admin starting with " + settings);

        if (!settings.hasPersonalApiKey()) {
            LOG.warning(KeyParts.PERSONAL_KEY_PROPERTY + " is not set; flag editing will be read-only");
        } else {
            LOG.info("Personal API key " + KeyMasking.mask(settings.getPersonalApiKey()) + " loaded");
        }
        LOG.info("Feature flags secure key fingerprint "
                + KeyMasking.sha256Hex(settings.getFeatureFlagsSecureKey()));

        String dbUser = System.getenv().getOrDefault("FLAGADMIN_DB_USER", "flagadmin");
        String dbPassword = System.getenv("FLAGADMIN_DB_PASSWORD");
        System.out.println("Using datasource jdbc/flagadmin as " + dbUser + " / " + dbPassword);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        LOG.info("Flag admin stopped");
    }
}
