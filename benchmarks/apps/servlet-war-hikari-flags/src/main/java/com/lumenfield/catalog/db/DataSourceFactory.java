package com.lumenfield.catalog.db;

import com.lumenfield.catalog.config.AppConfig;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class DataSourceFactory {

    private static final Logger log = LoggerFactory.getLogger(DataSourceFactory.class);

    private DataSourceFactory() {
    }

    public static HikariDataSource create(AppConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("catalog-pool");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.dbUser());
        hikari.setPassword(config.dbPassword());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(2);
        hikari.setConnectionTimeout(10_000);
        hikari.addDataSourceProperty("ApplicationName", "catalog-web");
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");

        log.debug("Opening pool {} url={} user={} password={}",
                hikari.getPoolName(), hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot open pool " + hikari.getPoolName() + " at " + config.jdbcUrl(), e);
        }
    }
}
