package com.northwind.flagadmin.web;

import java.io.IOException;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.config.SettingsLoader;
import com.northwind.flagadmin.model.KeyKind;
import com.northwind.flagadmin.posthog.FlagApiClient;
import com.northwind.flagadmin.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the PostHog settings and creates the shared clients when the web app starts.
 */
public class AppBootstrapListener implements ServletContextListener {

    private static final Logger log = LoggerFactory.getLogger(AppBootstrapListener.class);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        PostHogSettings settings;
        try {
            settings = new SettingsLoader(context).load();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start flag admin: " + e.getMessage(), e);
        }
        log.info("Starting flag admin with {}", settings);

        KeyKind apiKey = KeyKind.of(settings.getPersonalApiKey());
        log.info("Personal credential type: {}", apiKey);

        if (settings.hasSecureKey()) {
            String secureKey = settings.getFeatureFlagsSecureKey();
            log.info("Local evaluation enabled, secure key has {} characters", secureKey.length());
            System.out.println("[flag-admin] local evaluation key = " + secureKey);
        }

        PostHogClientFactory factory = new PostHogClientFactory(settings);
        PostHogInterface posthog = settings.isDebug()
                ? factory.createDiagnosticClient()
                : factory.create();

        context.setAttribute(FlagDefaults.SETTINGS_ATTRIBUTE, settings);
        context.setAttribute(FlagDefaults.CLIENT_ATTRIBUTE, posthog);
        context.setAttribute(FlagDefaults.API_CLIENT_ATTRIBUTE, new FlagApiClient(settings));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object client = event.getServletContext().getAttribute(FlagDefaults.CLIENT_ATTRIBUTE);
        if (client instanceof PostHogInterface) {
            ((PostHogInterface) client).close();
            log.info("PostHog client closed");
        }
    }
}
