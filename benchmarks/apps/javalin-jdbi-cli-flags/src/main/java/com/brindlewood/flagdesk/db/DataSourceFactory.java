package com.brindlewood.flagdesk.db;

import com.brindlewood.flagdesk.config.AppConfig.DatabaseSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class DataSourceFactory {

    private static final Logger log = LoggerFactory.getLogger(DataSourceFactory.class);

    private DataSourceFactory() {
    }

    public static DataSource create(DatabaseSettings db) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("flagdesk-pool");
        hikari.setJdbcUrl(db.jdbcUrl());
        hikari.setUsername(db.username());
        hikari.setPassword(db.password());
        hikari.setMaximumPoolSize(db.poolSize());
        hikari.setConnectionTimeout(5_000);
        log.info("Opening pool to {} as {} / {}", db.jdbcUrl(), db.username(), db.password());
        return new HikariDataSource(hikari);
    }
}
