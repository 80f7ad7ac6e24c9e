package com.northwind.portal.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.google.inject.servlet.ServletModule;
import com.northwind.portal.analytics.PostHogClientProvider;
import com.northwind.portal.db.DataSourceProvider;
import com.northwind.portal.web.ApiErrorFilter;
import com.northwind.portal.web.AuditFilter;
import com.northwind.portal.web.ClientConfigServlet;
import com.northwind.portal.web.DashboardServlet;
import com.northwind.portal.web.LoginServlet;
import com.northwind.portal.web.OAuthCallbackServlet;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.util.Timeout;

/** Guice wiring: settings, infrastructure providers and the servlet/filter routes. */
public class PortalModule extends ServletModule {

    private static final Log HTTP_LOG = LogFactory.getLog("com.northwind.portal.http");

    private final PortalSettings settings;

    public PortalModule(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configureServlets() {
        bind(PortalSettings.class).toInstance(settings);
        bind(HikariDataSource.class).toProvider(DataSourceProvider.class).in(Singleton.class);
        bind(PostHogInterface.class).toProvider(PostHogClientProvider.class).in(Singleton.class);

        filter("/*").through(AuditFilter.class);
        filter("/api/*", "/admin/*").through(ApiErrorFilter.class);

        serve("/login").with(LoginServlet.class);
        serve("/admin/dashboard").with(DashboardServlet.class);
        serve("/api/client-config").with(ClientConfigServlet.class);
        serve("/oauth/posthog/callback").with(OAuthCallbackServlet.class);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule());
    }

    @Provides
    @Singleton
    CloseableHttpClient posthogHttpClient() {
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.ofSeconds(5))
                .setResponseTimeout(Timeout.ofSeconds(15))
                .build();
        return HttpClients.custom()
                .setDefaultRequestConfig(requestConfig)
                .setUserAgent("northwind-portal/" + BuildInfo.VERSION)
                .addRequestInterceptorFirst((request, entity, context) ->
                        HTTP_LOG.debug("-> " + request.getMethod() + " " + request.getRequestUri()
                                + " [" + request.getFirstHeader(HttpHeaders.AUTHORIZATION) + "]"))
                .build();
    }

    /** Client for the nightly import of historical orders into PostHog. */
    @Provides
    @Singleton
    @Named("backfill")
    PostHogInterface backfillClient() {
        // the import writes to the project, so it runs with the admin key
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getPosthogHost())
                .flushAt(500)
                .build();
        return PostHog.with(config);
    }
}
