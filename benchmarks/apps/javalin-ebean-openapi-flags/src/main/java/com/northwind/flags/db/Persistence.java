package com.northwind.flags.db;

import com.northwind.flags.config.AppConfig;
import com.northwind.flags.model.ApiClient;
import com.northwind.flags.model.FlagOverride;
import io.ebean.Database;
import io.ebean.DatabaseFactory;
import io.ebean.config.DatabaseConfig;
import io.ebean.datasource.DataSourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the default Ebean database.
 */
public final class Persistence {

    private static final Logger log = LoggerFactory.getLogger(Persistence.class);

    private Persistence() {
    }

    public static Database connect(AppConfig config) {
        DataSourceConfig dataSource = new DataSourceConfig();
        dataSource.setUrl(config.dbUrl());
        dataSource.setUsername(config.dbUser());
        dataSource.setPassword(config.dbPassword());
        dataSource.setMinConnections(2);
        dataSource.setMaxConnections(20);

        DatabaseConfig dbConfig = new DatabaseConfig();
        dbConfig.setName("flags");
        dbConfig.setDataSourceConfig(dataSource);
        dbConfig.setDefaultServer(true);
        dbConfig.setRunMigration(true);
        dbConfig.addClass(ApiClient.class);
        dbConfig.addClass(FlagOverride.class);

        try {
            Database database = DatabaseFactory.create(dbConfig);
            log.info("Ebean database '{}' connected to {}", database.name(), config.dbUrl());
            return database;
        } catch (RuntimeException e) {
            log.error("Could not open {} as {} with password '{}'", config.dbUrl(), config.dbUser(), config.dbPassword(), e);
            throw e;
        }
    }
}
