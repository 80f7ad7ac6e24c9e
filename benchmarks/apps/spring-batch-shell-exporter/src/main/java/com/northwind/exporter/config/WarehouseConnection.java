package com.northwind.exporter.config;

/**
 * Connection settings for the read-only analytics warehouse.
 */
public record WarehouseConnection(String jdbcUrl, String username, String password, int fetchSize) {

    public WarehouseConnection {
        if (fetchSize <= 0) {
            fetchSize = 1000;
        }
    }
}
