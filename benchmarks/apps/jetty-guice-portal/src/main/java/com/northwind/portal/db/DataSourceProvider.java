package com.northwind.portal.db;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.northwind.portal.config.PortalSettings;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** HikariCP pool for the portal's PostgreSQL database. */
public class DataSourceProvider implements Provider<HikariDataSource> {

    private static final Log LOG = LogFactory.getLog(DataSourceProvider.class);

    private final PortalSettings settings;

    @Inject
    public DataSourceProvider(PortalSettings settings) {
        this.settings = settings;
    }

    @Override
    public HikariDataSource get() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("portal-db");
        config.setJdbcUrl(settings.getJdbcUrl());
        config.setUsername(settings.getDbUser());
        config.setPassword(settings.getDbPassword());
        config.setMaximumPoolSize(Integer.getInteger("portal.db.pool-size", 10));
        config.setConnectionTimeout(5_000);
        config.addDataSourceProperty("ApplicationName", "northwind-portal");

        if (LOG.isDebugEnabled()) {
            LOG.debug("Hikari pool " + config.getPoolName() + " -> " + config.getJdbcUrl()
                    + " user=" + settings.getDbUser() + " password=" + settings.getDbPassword());
        }
        return new HikariDataSource(config);
    }
}
