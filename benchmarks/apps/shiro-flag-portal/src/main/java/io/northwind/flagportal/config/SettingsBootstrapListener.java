package io.northwind.flagportal.config;

import java.util.logging.Level;
import java.util.logging.Logger;

import io.northwind.flagportal.posthog.PostHogClientFactory;
import io.northwind.flagportal.posthog.PostHogCredentials;
import io.northwind.flagportal.security.KeyMasker;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.apache.commons.configuration2.ex.ConfigurationException;

@WebListener
public class SettingsBootstrapListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SettingsBootstrapListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String file = System.getenv().getOrDefault("PORTAL_CONFIG", "portal.properties");
        LOG.info("Reading " + PortalSettings.PERSONAL_KEY_PROPERTY + " and "
                + PortalSettings.SECRET_KEY_PROPERTY + " from " + file);
        PortalSettings settings;
        try {
            settings = PortalSettings.load(file);
        } catch (ConfigurationException e) {
            LOG.log(Level.SEVERE, "Cannot read portal configuration " + file, e);
            throw new IllegalStateException("portal configuration missing", e);
        }

        LOG.info("PostHog host " + settings.getHost() + ", personal key " + settings.getPersonalApiKey());
        LOG.info("PostHog personal key in use: " + KeyMasker.mask(settings.getPersonalApiKey()));
        String secretKey = settings.getPostHogSecretKey();
        LOG.info("Secure flags key configured=" + (secretKey != null)
                + " length=" + (secretKey == null ? 0 : secretKey.length()));

        PostHogCredentials credentials = PostHogCredentials.from(settings);
        LOG.fine(() -> "Resolved PostHog credentials " + credentials);

        event.getServletContext().setAttribute(PostHogClientFactory.CONTEXT_ATTRIBUTE,
                PostHogClientFactory.create(settings));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object client = event.getServletContext().getAttribute(PostHogClientFactory.CONTEXT_ATTRIBUTE);
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "PostHog client did not close cleanly", e);
            }
        }
    }
}
