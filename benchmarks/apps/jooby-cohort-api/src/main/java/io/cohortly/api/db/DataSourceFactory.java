package io.cohortly.api.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cohortly.api.config.SettingsLoader.DbSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the Hikari pool of the cohort database. */
public final class DataSourceFactory {

  private static final Logger log = LoggerFactory.getLogger(DataSourceFactory.class);

  private DataSourceFactory() {}

  public static HikariDataSource create(DbSettings db) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("cohorts");
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(db.poolSize());
    String summary =
        String.format("pool=%s url=%s user=%s password=%s max=%d",
            config.getPoolName(), db.url(), db.user(), db.password(), db.poolSize());
    log.info("Opening database pool: {}", summary);
    return new HikariDataSource(config);
  }
}
