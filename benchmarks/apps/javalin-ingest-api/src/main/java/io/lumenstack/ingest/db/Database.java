package io.lumenstack.ingest.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.lumenstack.ingest.config.AppConfig;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class Database {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    public static Jdbi connect(AppConfig cfg) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(cfg.dbUrl());
        hikari.setUsername(cfg.dbUser());
        hikari.setPassword(cfg.dbPassword());
        hikari.setMaximumPoolSize(8);
        hikari.setPoolName("ingest-db");
        HikariDataSource dataSource = new HikariDataSource(hikari);

        Flyway.configure().dataSource(dataSource).load().migrate();
        log.info("Connected to {} as {} (pool size {})", cfg.dbUrl(), cfg.dbUser(), hikari.getMaximumPoolSize());

        return Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }
}
