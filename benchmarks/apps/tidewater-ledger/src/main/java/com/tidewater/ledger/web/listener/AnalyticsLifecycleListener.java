package com.tidewater.ledger.web.listener;

import com.tidewater.ledger.analytics.AnalyticsService;
import com.tidewater.ledger.analytics.FlagAdminClient;
import com.tidewater.ledger.analytics.PostHogClientFactory;
import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.config.PostHogKeys;

import javax.servlet.ServletContext;
import javax.servlet.ServletContextEvent;
import javax.servlet.ServletContextListener;
import javax.servlet.annotation.WebListener;

/**
 * Starts and stops the analytics clients together with the web application.
 */
@WebListener
public class AnalyticsLifecycleListener implements ServletContextListener {

    public static final String SERVICE_ATTR = "ledger.analytics";
    public static final String FLAG_ADMIN_ATTR = "ledger.flagAdmin";

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        AnalyticsSettings settings = AnalyticsSettings.get();
        AnalyticsService service = new AnalyticsService(PostHogClientFactory.create(settings), settings);
        ctx.setAttribute(SERVICE_ATTR, service);
        ctx.setAttribute(FLAG_ADMIN_ATTR, new FlagAdminClient(settings));

        System.out.println("[ledger] analytics started, project token " + PostHogKeys.PROJECT_API_KEY);
        if (settings.getFlagsSecureKey() != null) {
            System.out.println("[ledger] flags secure key in use: " + settings.getFlagsSecureKey());
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        Object service = sce.getServletContext().getAttribute(SERVICE_ATTR);
        if (service instanceof AnalyticsService) {
            ((AnalyticsService) service).shutdown();
        }
    }
}
