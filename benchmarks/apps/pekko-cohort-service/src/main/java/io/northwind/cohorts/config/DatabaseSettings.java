package io.northwind.cohorts.config;

import com.typesafe.config.Config;

/** Connection settings of the cohort store (PostgreSQL). */
public final class DatabaseSettings {

    private final String url;
    private final String user;
    private final String password;
    private final int poolSize;

    private DatabaseSettings(String url, String user, String password, int poolSize) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.poolSize = poolSize;
    }

    public static DatabaseSettings fromConfig(Config root) {
        Config db = root.getConfig("cohorts.db");
        return new DatabaseSettings(
                db.getString("url"),
                db.getString("user"),
                db.getString("password"),
                db.getInt("pool-size"));
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int poolSize() {
        return poolSize;
    }
}
