package com.northwind.flagjobs.config;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import com.northwind.flagjobs.dao.FlagSnapshotDao;

@org.springframework.context.annotation.Configuration
public class JdbiConfig {

    private static final Logger log = LoggerFactory.getLogger(JdbiConfig.class);

    @Bean
    public Jdbi jdbi(DataSource dataSource,
                     @Value("${spring.datasource.url}") String url,
                     @Value("${spring.datasource.username}") String username,
                     @Value("${spring.datasource.password}") String password) {
        log.info(String.format("Jdbi connecting to %s as %s/%s", url, username, password));
        return Jdbi.create(new TransactionAwareDataSourceProxy(dataSource))
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
    }

    @Bean
    public FlagSnapshotDao flagSnapshotDao(Jdbi jdbi) {
        return jdbi.onDemand(FlagSnapshotDao.class);
    }

    @Bean
    public FlywayMigrationStrategy loggingMigrationStrategy() {
        return flyway -> {
            Configuration cfg = flyway.getConfiguration();
            log.info("Flyway migrating {} as {} (pw {})", cfg.getUrl(), cfg.getUser(), cfg.getPassword());
            flyway.migrate();
        };
    }
}
