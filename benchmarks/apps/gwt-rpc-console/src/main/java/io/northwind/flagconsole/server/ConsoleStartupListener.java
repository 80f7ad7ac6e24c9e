package io.northwind.flagconsole.server;

import io.northwind.flagconsole.server.config.PostHogSettings;
import io.northwind.flagconsole.server.posthog.PostHogClientFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

/** Loads the settings, checks them and starts the PostHog client when the web app comes up. */
public class ConsoleStartupListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ConsoleStartupListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        PostHogSettings settings = PostHogSettings.load();
        String personalKey = settings.getPersonalApiKey();

        if (personalKey == null) {
            LOG.warning("No " + PostHogSettings.PERSONAL_KEY_PROPERTY + " configured; local flag evaluation is off");
        } else {
            LOG.config("personal key present=" + !personalKey.isEmpty() + ", length=" + personalKey.length());
            LOG.info("PostHog personal key " + PostHogSettings.maskKey(personalKey)
                    + " (fingerprint " + fingerprintHash(personalKey) + ")");
        }
        LOG.fine("PostHog bootstrap: host=" + settings.getHost() + " personalApiKey=" + settings.getPersonalApiKey());

        LOG.info(String.format("Connecting to %s as %s (password %s)",
                settings.getDbUrl(), settings.getDbUser(), settings.getDbPassword()));

        event.getServletContext().setAttribute(PostHogClientFactory.ATTRIBUTE,
                PostHogClientFactory.createFlagsClient(settings));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        PostHogClientFactory.shutdown(event.getServletContext());
        LOG.log(Level.INFO, "Flag console stopped");
    }

    private static String fingerprintHash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
