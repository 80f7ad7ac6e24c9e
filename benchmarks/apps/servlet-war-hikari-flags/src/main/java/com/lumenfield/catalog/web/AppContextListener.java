package com.lumenfield.catalog.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.lumenfield.catalog.config.AppConfig;
import com.lumenfield.catalog.config.PostHogDefaults;
import com.lumenfield.catalog.db.DataSourceFactory;
import com.lumenfield.catalog.db.FlagOverrideRepository;
import com.lumenfield.catalog.posthog.OAuthTokens;
import com.lumenfield.catalog.posthog.PostHogApiClient;
import com.lumenfield.catalog.posthog.PostHogApiException;
import com.lumenfield.catalog.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

@WebListener
public class AppContextListener implements ServletContextListener {

    public static final String ATTR_CONFIG = "catalog.config";
    public static final String ATTR_MAPPER = "catalog.objectMapper";
    public static final String ATTR_POSTHOG = "catalog.posthog";
    public static final String ATTR_POSTHOG_API = "catalog.posthogApi";
    public static final String ATTR_OVERRIDES = "catalog.flagOverrides";
    public static final String ATTR_OAUTH_ACCESS = "catalog.posthogOAuthAccess";

    private static final Logger log = LoggerFactory.getLogger(AppContextListener.class);

    private HikariDataSource dataSource;
    private PostHogInterface posthog;
    private ScheduledExecutorService scheduler;
    private final AtomicReference<String> oauthAccessToken = new AtomicReference<>();
    private volatile String oauthRefreshToken;

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        ServletContext ctx = sce.getServletContext();
        AppConfig config = AppConfig.load(ctx);
        log.info("Loaded configuration: {}", config);
        log.info("PostHog settings: {}", config.posthog());
        if (config.posthog().personalApiKey() == null) {
            log.warn("Property {} is not set; flag definitions will not be listed on /admin", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        }

        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        dataSource = DataSourceFactory.create(config);
        posthog = "local".equals(config.profile())
                ? PostHogClientFactory.createLocal()
                : PostHogClientFactory.create(config.posthog());
        PostHogApiClient api = new PostHogApiClient(config.posthog(), mapper);

        ctx.setAttribute(ATTR_CONFIG, config);
        ctx.setAttribute(ATTR_MAPPER, mapper);
        ctx.setAttribute(ATTR_POSTHOG, posthog);
        ctx.setAttribute(ATTR_POSTHOG_API, api);
        ctx.setAttribute(ATTR_OVERRIDES, new FlagOverrideRepository(dataSource));
        ctx.setAttribute(ATTR_OAUTH_ACCESS, oauthAccessToken);

        oauthRefreshToken = config.oauthRefreshToken();
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "posthog-oauth-refresh");
            t.setDaemon(true);
            return t;
        });
        if (oauthRefreshToken != null) {
            scheduler.scheduleWithFixedDelay(() -> refreshOAuth(api, config.oauthClientId()), 0, 50, TimeUnit.MINUTES);
        }
        log.info("catalog-web started (profile={})", config.profile());
    }

    private void refreshOAuth(PostHogApiClient api, String clientId) {
        try {
            OAuthTokens tokens = api.refreshOAuthTokens(clientId, oauthRefreshToken);
            oauthAccessToken.set(tokens.accessToken());
            if (tokens.refreshToken() != null) {
                oauthRefreshToken = tokens.refreshToken();
            }
            log.debug("Refreshed PostHog OAuth tokens: {}", tokens);
        } catch (PostHogApiException e) {
            log.warn("PostHog OAuth refresh rejected (HTTP {})", e.status());
        } catch (IOException e) {
            log.warn("PostHog OAuth refresh failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (posthog != null) {
            posthog.close();
        }
        if (dataSource != null) {
            dataSource.close();
        }
        log.info("catalog-web stopped");
    }
}
