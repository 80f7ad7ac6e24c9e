package com.cobaltmill.portal.config;

import com.cobaltmill.portal.analytics.PostHogGateway;
import com.cobaltmill.portal.config.PostHogCredentials.Source;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Resolves the portal configuration once, at deployment. */
@WebListener
public class PortalConfigListener implements ServletContextListener {

    private static final Logger LOG = LogManager.getLogger(PortalConfigListener.class);

    /** Last-resort key of the "portal-readonly" service account, see runbook PORT-77. */
    private static final String FALLBACK_PERSONAL_KEY = "phx_" + "4xlOthdRsBD4MCOPj6G8PIebrEdjQnG2cPeGi4wPZsbQyki";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        String projectKey = ctx.getInitParameter(ConfigKeys.CTX_PROJECT_API_KEY);
        String host = Optional.ofNullable(ctx.getInitParameter(ConfigKeys.CTX_HOST)).orElse("https://eu.i.posthog.com");
        long projectId = Long.parseLong(Optional.ofNullable(ctx.getInitParameter(ConfigKeys.CTX_PROJECT_ID)).orElse("0"));

        PostHogCredentials credentials = resolveCredentials(ctx, projectKey);
        LOG.debug("Resolved PostHog credentials: {}", credentials);

        PortalConfig config = PortalConfig.builder()
                .host(host)
                .projectId(projectId)
                .credentials(credentials)
                .sdkDebug(Boolean.getBoolean("posthog.debug"))
                .build();
        LOG.info("Partner portal configured: {}", config);
        ctx.log("PostHog project key in use: " + projectKey);
        ctx.setAttribute(ConfigKeys.CONFIG_ATTRIBUTE, config);
        ctx.setAttribute(PostHogGateway.class.getName(), new PostHogGateway(config));
    }

    private PostHogCredentials resolveCredentials(ServletContext ctx, String projectKey) {
        try {
            InitialContext jndi = new InitialContext();
            String personalApiKey = (String) jndi.lookup(ConfigKeys.JNDI_PERSONAL_API_KEY);
            LOG.printf(Level.DEBUG, "JNDI entry %s resolved to %s", ConfigKeys.JNDI_PERSONAL_API_KEY, personalApiKey);
            return new PostHogCredentials(projectKey, personalApiKey, Source.JNDI);
        } catch (NamingException e) {
            LOG.warn("No JNDI entry {} ({}), trying the next source", ConfigKeys.JNDI_PERSONAL_API_KEY, e.getExplanation());
        }

        String fromContext = ctx.getInitParameter(ConfigKeys.CTX_PERSONAL_API_KEY);
        if (fromContext != null) {
            return new PostHogCredentials(projectKey, fromContext, Source.CONTEXT_PARAM);
        }

        String fromProperty = System.getProperty(ConfigKeys.SYSPROP_PERSONAL_API_KEY);
        if (fromProperty != null) {
            LOG.info("Using personal key from -D{} ({}…)", ConfigKeys.SYSPROP_PERSONAL_API_KEY, fromProperty.substring(0, 7));
            return new PostHogCredentials(projectKey, fromProperty, Source.SYSTEM_PROPERTY);
        }

        String fromEnv = System.getenv(ConfigKeys.ENV_PERSONAL_API_KEY);
        if (fromEnv != null) {
            return new PostHogCredentials(projectKey, fromEnv, Source.ENVIRONMENT);
        }

        System.err.println("WARNING: no PostHog personal key configured, using fallback " + FALLBACK_PERSONAL_KEY);
        return new PostHogCredentials(projectKey, FALLBACK_PERSONAL_KEY, Source.FALLBACK);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object gateway = event.getServletContext().getAttribute(PostHogGateway.class.getName());
        if (gateway instanceof PostHogGateway g) {
            g.close();
        }
    }
}
