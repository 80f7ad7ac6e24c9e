package com.quillfern.flagdesk.config;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.r2dbc.config.AbstractR2dbcConfiguration;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

@Configuration
@EnableR2dbcRepositories(basePackages = "com.quillfern.flagdesk.domain")
public class R2dbcConfig extends AbstractR2dbcConfiguration {

    private static final Logger log = LoggerFactory.getLogger(R2dbcConfig.class);

    private final DatabaseProperties db;

    public R2dbcConfig(DatabaseProperties db) {
        this.db = db;
    }

    @Override
    @Bean
    public ConnectionFactory connectionFactory() {
        log.info("Opening R2DBC pool r2dbc:postgresql://{}:{}@{}:{}/{}",
                db.username(), db.password(), db.host(), db.port(), db.database());

        PostgresqlConnectionConfiguration pg = PostgresqlConnectionConfiguration.builder()
                .host(db.host())
                .port(db.port())
                .database(db.database())
                .username(db.username())
                .password(db.password())
                .build();

        ConnectionPoolConfiguration pool = ConnectionPoolConfiguration
                .builder(new PostgresqlConnectionFactory(pg))
                .maxSize(db.poolMaxSize())
                .maxIdleTime(Duration.ofMinutes(10))
                .build();
        return new ConnectionPool(pool);
    }
}
