package com.northwind.flags.inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.northwind.flags.config.AppConfig;
import com.northwind.flags.posthog.PostHogClientFactory;
import com.posthog.server.PostHogInterface;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.time.Duration;

public final class AppModule extends AbstractModule {

    private static final Logger log = LoggerFactory.getLogger(AppModule.class);

    private final AppConfig config;

    public AppModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(AppConfig.class).toInstance(config);
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    @Provides
    @Singleton
    DataSource dataSource() {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("flags-pool");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.dbUser());
        hikari.setPassword(config.dbPassword());
        hikari.setMaximumPoolSize(config.dbPoolSize());
        hikari.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        log.info("Opening pool {} -> {} (user={}, password={})",
                hikari.getPoolName(), config.jdbcUrl(), config.dbUser(), config.dbPassword());
        return new HikariDataSource(hikari);
    }

    @Provides
    @Singleton
    HttpClient httpClient() {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    @Provides
    @Singleton
    PostHogInterface posthog(PostHogClientFactory factory) {
        return config.verboseSdkLogging() ? factory.createVerbose() : factory.create();
    }
}
