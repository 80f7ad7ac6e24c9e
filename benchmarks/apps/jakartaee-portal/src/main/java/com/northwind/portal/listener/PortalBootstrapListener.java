package com.northwind.portal.listener;

import com.northwind.portal.config.PortalKeys;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import java.util.Optional;
import java.util.logging.Logger;

@WebListener
public class PortalBootstrapListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PortalBootstrapListener.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        String project = Optional.ofNullable(System.getenv("POSTHOG_PROJECT_KEY"))
                .orElse(System.getProperty("posthog.project.key"));
        String personal = System.getenv(PortalKeys.PERSONAL_KEY_ENV);
        String secure = Optional.ofNullable(System.getenv(PortalKeys.SECURE_KEY_ENV))
                .orElse(ctx.getInitParameter("posthog.feature-flags-secure-api-key"));
        String host = System.getProperty("posthog.host", ctx.getInitParameter("posthog.host"));

        PortalKeys.configure(project, personal, secure, host);

        LOG.info("PostHog project key " + PortalKeys.projectKey() + " on " + PortalKeys.host());
        LOG.info(PortalKeys.PERSONAL_KEY_ENV + " present: " + (personal != null));
        LOG.config("PostHog bootstrap: personal=" + PortalKeys.personalKey() + ", secureConfigured=" + (secure != null));
        ctx.setAttribute("posthogHost", PortalKeys.host());
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        LOG.info("Portal context destroyed");
    }
}
