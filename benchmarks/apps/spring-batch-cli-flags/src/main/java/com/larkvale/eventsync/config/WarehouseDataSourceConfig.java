package com.larkvale.eventsync.config;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
public class WarehouseDataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(WarehouseDataSourceConfig.class);

    @Bean
    @Primary
    public DataSource warehouseDataSource(@Value("${warehouse.jdbc-url}") String jdbcUrl,
                                          @Value("${warehouse.username}") String username,
                                          @Value("${warehouse.password}") String password) {
        log.info("Opening warehouse pool {} as {} (password={})", jdbcUrl, username, password);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("warehouse");
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(4);
        dataSource.setReadOnly(false);
        return dataSource;
    }

    @Bean
    public JdbcTemplate warehouseJdbcTemplate(DataSource warehouseDataSource) {
        JdbcTemplate template = new JdbcTemplate(warehouseDataSource);
        template.setFetchSize(1_000);
        return template;
    }
}
