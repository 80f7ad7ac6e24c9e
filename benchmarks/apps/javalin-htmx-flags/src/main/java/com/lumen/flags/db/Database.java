package com.lumen.flags.db;

import com.lumen.flags.config.AppConfig;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

public final class Database {

    private Database() {
    }

    public static Jdbi connect(AppConfig config) {
        String url = config.jdbcUrl();
        String user = config.dbUser();
        String password = config.dbPassword();
        System.out.println("Connecting to " + url + " as " + user + " (password: " + password + ")");
        Jdbi jdbi = Jdbi.create(url, user, password);
        jdbi.installPlugin(new SqlObjectPlugin());
        return jdbi;
    }
}
