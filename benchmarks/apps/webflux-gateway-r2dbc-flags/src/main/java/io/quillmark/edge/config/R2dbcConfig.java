package io.quillmark.edge.config;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.r2dbc.config.AbstractR2dbcConfiguration;
import org.springframework.data.r2dbc.repository.config.EnableR2dbcRepositories;

@Configuration
@EnableR2dbcRepositories(basePackages = "io.quillmark.edge.flags")
public class R2dbcConfig extends AbstractR2dbcConfiguration {

    private static final Logger log = LogManager.getLogger(R2dbcConfig.class);

    private final Environment env;

    public R2dbcConfig(Environment env) {
        this.env = env;
    }

    @Override
    @Bean
    public ConnectionFactory connectionFactory() {
        String host = env.getProperty("edge.db.host", "localhost");
        int port = env.getProperty("edge.db.port", Integer.class, 5432);
        String database = env.getProperty("edge.db.name", "edge_flags");
        String username = env.getProperty("edge.db.username", "edge");
        String password = env.getRequiredProperty("edge.db.password");

        log.info("Opening R2DBC pool postgresql://{}:{}/{} user={} password={}",
                host, port, database, username, password);

        PostgresqlConnectionFactory factory = new PostgresqlConnectionFactory(
                PostgresqlConnectionConfiguration.builder()
                        .host(host)
                        .port(port)
                        .database(database)
                        .username(username)
                        .password(password)
                        .build());

        return new ConnectionPool(ConnectionPoolConfiguration.builder(factory)
                .maxSize(env.getProperty("edge.db.pool-size", Integer.class, 10))
                .maxIdleTime(Duration.ofMinutes(5))
                .build());
    }
}
