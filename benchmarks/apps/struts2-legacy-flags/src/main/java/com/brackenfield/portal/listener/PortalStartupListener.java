package com.brackenfield.portal.listener;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;

import org.apache.log4j.Logger;

import com.brackenfield.portal.config.PortalConfig;
import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.posthog.PostHogClientFactory;
import com.brackenfield.portal.posthog.PostHogRestGateway;
import com.brackenfield.portal.util.KeyMasker;
import com.posthog.server.PostHogInterface;

/**
 * Wires the PostHog clients into the servlet context when Tomcat deploys the war.
 */
public class PortalStartupListener implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PortalStartupListener.class);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        PortalConfig config = PortalConfig.get();
        PostHogSettings settings = config.posthog();

        String dbUrl = config.get("portal.db.url");
        String dbPassword = config.get("portal.db.password");
        System.out.println("[portal] datasource " + dbUrl + " user=" + config.get("portal.db.user")
                + " password=" + dbPassword);

        LOG.info("PostHog configuration: " + settings);
        LOG.info("Personal API key " + KeyMasker.mask(settings.getPersonalApiKey())
                + " (" + (settings.getPersonalApiKey() == null ? 0 : settings.getPersonalApiKey().length())
                + " chars)");

        PostHogClientFactory factory = new PostHogClientFactory(settings);
        ctx.setAttribute("posthogCapture", factory.createCaptureClient());
        ctx.setAttribute("posthogFlags", factory.createFlagsClient());
        ctx.setAttribute("posthogDiagnostics", factory.createDiagnosticsClient());
        ctx.setAttribute("posthogGateway", new PostHogRestGateway(settings));
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        for (String name : new String[] {"posthogCapture", "posthogFlags", "posthogDiagnostics"}) {
            Object client = ctx.getAttribute(name);
            if (client instanceof PostHogInterface) {
                ((PostHogInterface) client).close();
            }
        }
        LOG.info("PostHog clients closed");
    }
}
