package com.northwind.exporter.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

@Configuration
public class WarehouseDataSourceConfig {

    private static final Logger log = LoggerFactory.getLogger(WarehouseDataSourceConfig.class);

    @Bean
    @Primary
    @ConfigurationProperties("spring.datasource")
    public DataSourceProperties metaDataSourceProperties() {
        return new DataSourceProperties();
    }

    @Bean
    @Primary
    public DataSource dataSource(DataSourceProperties metaDataSourceProperties) {
        return metaDataSourceProperties.initializeDataSourceBuilder().build();
    }

    @Bean
    public WarehouseConnection warehouseConnection(@Value("${warehouse.jdbc-url}") String jdbcUrl,
                                                   @Value("${warehouse.username}") String username,
                                                   @Value("${warehouse.password}") String password,
                                                   @Value("${warehouse.fetch-size:1000}") int fetchSize) {
        log.debug("Warehouse datasource url={} user={} password={}", jdbcUrl, username, password);
        return new WarehouseConnection(jdbcUrl, username, password, fetchSize);
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource warehouseDataSource(WarehouseConnection connection) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("warehouse");
        hikari.setJdbcUrl(connection.jdbcUrl());
        hikari.setUsername(connection.username());
        hikari.setPassword(connection.password());
        hikari.setReadOnly(true);
        hikari.setMaximumPoolSize(4);
        log.info("Opening warehouse pool with {}", connection);
        return new HikariDataSource(hikari);
    }

    @Bean
    public JdbcTemplate warehouseJdbcTemplate(@Qualifier("warehouseDataSource") DataSource warehouseDataSource,
                                              WarehouseConnection connection) {
        JdbcTemplate template = new JdbcTemplate(warehouseDataSource);
        template.setFetchSize(connection.fetchSize());
        return template;
    }

    @Bean
    @Primary
    public JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
