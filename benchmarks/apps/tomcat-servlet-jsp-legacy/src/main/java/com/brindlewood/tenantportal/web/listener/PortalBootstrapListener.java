package com.brindlewood.tenantportal.web.listener;

import java.io.IOException;

import javax.naming.NamingException;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.analytics.AnalyticsService;
import com.brindlewood.tenantportal.analytics.FeatureFlagAdminClient;
import com.brindlewood.tenantportal.analytics.PostHogClientFactory;
import com.brindlewood.tenantportal.config.PortalProperties;
import com.brindlewood.tenantportal.config.PostHogSettings;
import com.brindlewood.tenantportal.dao.TenantDao;
import com.brindlewood.tenantportal.service.PasswordResetService;
import com.posthog.server.PostHogInterface;

/** Wires the application together; servlets pick their collaborators from the context. */
@WebListener
public class PortalBootstrapListener implements ServletContextListener {

    public static final String PROPERTIES = "portal.properties";
    public static final String POSTHOG_SETTINGS = "portal.posthogSettings";
    public static final String ANALYTICS = "portal.analytics";
    public static final String FLAG_ADMIN = "portal.flagAdmin";
    public static final String TENANT_DAO = "portal.tenantDao";
    public static final String PASSWORD_RESET = "portal.passwordReset";

    private static final Logger LOG = LogManager.getLogger(PortalBootstrapListener.class);

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        PortalProperties props = PortalProperties.load();
        PostHogSettings settings = PostHogSettings.from(props, ctx);
        LOG.info("Starting tenant portal on {} with {}", ctx.getServerInfo(), settings);

        boolean verbose = props.getBoolean("posthog.verbose-client", false);
        PostHogInterface posthog = verbose
                ? PostHogClientFactory.createVerbose(settings)
                : PostHogClientFactory.create(settings);
        AnalyticsService analytics = new AnalyticsService(posthog, settings);

        ctx.setAttribute(PROPERTIES, props);
        ctx.setAttribute(POSTHOG_SETTINGS, settings);
        ctx.setAttribute(ANALYTICS, analytics);

        if (!settings.hasPersonalKey()) {
            LOG.warn("{} is not configured; flag administration falls back to the bootstrap key",
                    PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        FeatureFlagAdminClient flagAdmin = new FeatureFlagAdminClient(settings);
        try {
            flagAdmin.verifyAccess();
            ctx.setAttribute(FLAG_ADMIN, flagAdmin);
        } catch (IllegalStateException e) {
            LOG.error("Flag administration disabled: {}", e.getMessage());
        } catch (IOException e) {
            LOG.warn("PostHog API unreachable at startup, flag administration disabled", e);
        }

        try {
            TenantDao dao = new TenantDao();
            ctx.setAttribute(TENANT_DAO, dao);
            ctx.setAttribute(PASSWORD_RESET,
                    new PasswordResetService(dao, props.get("portal.base-url", "http://localhost:8080/portal")));
        } catch (NamingException e) {
            throw new IllegalStateException("jdbc/PortalDB is not bound; check META-INF/context.xml", e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Object analytics = event.getServletContext().getAttribute(ANALYTICS);
        if (analytics instanceof AnalyticsService service) {
            service.shutdown();
        }
        LOG.info("Tenant portal stopped");
    }
}
