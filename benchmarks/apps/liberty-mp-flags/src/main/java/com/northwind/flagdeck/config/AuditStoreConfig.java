package com.northwind.flagdeck.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class AuditStoreConfig {

    @Inject
    @ConfigProperty(name = "flagdeck.audit.jdbc-url")
    String jdbcUrl;

    @Inject
    @ConfigProperty(name = "flagdeck.audit.user")
    String user;

    @Inject
    @ConfigProperty(name = "flagdeck.audit.password")
    String dbPassword;

    public String getJdbcUrl() {
        return jdbcUrl;
    }

    public String getUser() {
        return user;
    }

    public String getDbPassword() {
        return dbPassword;
    }
}
