package com.northwind.partners.config;

import javax.sql.DataSource;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.northwind.partners.analytics.AnalyticsClientProvider;
import com.northwind.partners.analytics.PostHogApiClient;
import com.northwind.partners.data.PartnerDao;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Guice wiring for the portal. Installed by {@code PartnerPortalApplication#init()}.
 */
public class PortalModule extends AbstractModule {

    private final PortalSettings settings;

    public PortalModule(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(PortalSettings.class).toInstance(settings);
        bind(PostHogInterface.class).toProvider(AnalyticsClientProvider.class).in(Singleton.class);
        bind(PostHogApiClient.class).in(Singleton.class);
        bind(PartnerDao.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    DataSource dataSource() {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(settings.getJdbcUrl());
        hikari.setUsername(settings.getJdbcUser());
        hikari.setPassword(settings.getJdbcPassword());
        hikari.setMaximumPoolSize(8);
        hikari.setPoolName("partner-portal");
        return new HikariDataSource(hikari);
    }
}
