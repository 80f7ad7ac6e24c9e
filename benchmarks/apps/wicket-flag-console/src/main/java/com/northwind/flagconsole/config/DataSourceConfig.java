package com.northwind.flagconsole.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.text.MessageFormat;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DatabaseProperties.class)
public class DataSourceConfig {

    private static final Logger LOG = LogManager.getLogger(DataSourceConfig.class);

    @Bean(destroyMethod = "close")
    public DataSource auditDataSource(DatabaseProperties db) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("flag-audit");
        hikari.setJdbcUrl(db.url());
        hikari.setUsername(db.username());
        hikari.setPassword(db.password());
        hikari.setMaximumPoolSize(db.maxPoolSize());

        LOG.info(MessageFormat.format("Opening audit pool {0} for {1} (user={2}, password={3})",
                hikari.getPoolName(), db.url(), db.username(), db.password()));
        LOG.debug("Audit pool size {}", hikari.getMaximumPoolSize());
        return new HikariDataSource(hikari);
    }
}
