package com.northwind.portal.web;

import com.northwind.portal.analytics.AnalyticsClientFactory;
import com.northwind.portal.analytics.LegacyEventForwarder;
import com.northwind.portal.analytics.PostHogAdminClient;
import com.northwind.portal.analytics.PostHogOAuthClient;
import com.northwind.portal.config.PortalConfig;
import com.northwind.portal.db.UserDao;
import com.northwind.portal.util.KeyMasker;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the application together and stores the shared services in the ServletContext.
 */
@WebListener
public class PortalStartupListener implements ServletContextListener {

    private static final Logger log = LoggerFactory.getLogger(PortalStartupListener.class);

    public static final String ATTR_DATASOURCE = "portal.dataSource";
    public static final String ATTR_POSTHOG = "portal.posthog";
    public static final String ATTR_ADMIN_CLIENT = "portal.posthogAdmin";
    public static final String ATTR_OAUTH_CLIENT = "portal.posthogOAuth";
    public static final String ATTR_AUDIT = "portal.audit";
    public static final String ATTR_USER_DAO = "portal.userDao";

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        PortalConfig config = PortalConfig.load();
        ctx.setAttribute(PortalConfig.CONTEXT_ATTRIBUTE, config);

        HikariDataSource dataSource = createDataSource(config);
        ctx.setAttribute(ATTR_DATASOURCE, dataSource);
        ctx.setAttribute(ATTR_USER_DAO, new UserDao(dataSource));

        String personalKey = config.getPersonalApiKey();
        log.info("PostHog personal key: {}", KeyMasker.mask(personalKey));
        log.debug("PostHog personal key fingerprint: {}", KeyMasker.sha256Hex(personalKey));
        String secureKey = config.getFlagsSecureKey();
        log.info("Feature-flags secure key configured={} length={}", secureKey != null, secureKey == null ? 0 : secureKey.length());

        PostHogInterface posthog = AnalyticsClientFactory.create(config);
        ctx.setAttribute(ATTR_POSTHOG, posthog);
        ctx.setAttribute(ATTR_ADMIN_CLIENT,
                new PostHogAdminClient("https://eu.posthog.com", personalKey, System.getenv("POSTHOG_PROJECT_ID")));
        ctx.setAttribute(ATTR_OAUTH_CLIENT, new PostHogOAuthClient(config));
        ctx.setAttribute(ATTR_AUDIT, new LegacyEventForwarder(config));
        log.info("Partner portal started, base url {}", config.getBaseUrl());
    }

    private HikariDataSource createDataSource(PortalConfig config) {
        String jdbcUrl = config.getDbUrl() + "?user=" + config.getDbUser() + "&password=" + config.getDbPassword();
        log.info(String.format("Opening connection pool: %s (size %d)", jdbcUrl, config.getDbPoolSize()));

        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(jdbcUrl);
        hc.setMaximumPoolSize(config.getDbPoolSize());
        hc.setPoolName("portal-db");
        return new HikariDataSource(hc);
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        if (ctx.getAttribute(ATTR_POSTHOG) instanceof PostHogInterface posthog) {
            posthog.close();
        }
        if (ctx.getAttribute(ATTR_AUDIT) instanceof LegacyEventForwarder audit) {
            audit.close();
        }
        if (ctx.getAttribute(ATTR_DATASOURCE) instanceof HikariDataSource ds) {
            ds.close();
        }
    }
}
