package com.northwind.cohorts.config;

/**
 * Bound from the {@code /database} node of application.yml.
 */
public record DatabaseSettings(String url, String username, String password, int poolSize) {

    public DatabaseSettings {
        if (poolSize <= 0) {
            poolSize = 4;
        }
    }
}
