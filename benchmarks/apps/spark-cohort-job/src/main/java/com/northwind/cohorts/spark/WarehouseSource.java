package com.northwind.cohorts.spark;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.Properties;

/** JDBC coordinates of the analytics warehouse, read from the warehouse block of application.conf. */
public class WarehouseSource implements Serializable {

    private final String url;
    private final String user;
    private final String password;
    private final String table;

    public WarehouseSource(Config config) {
        Config warehouse = config.getConfig("warehouse");
        this.url = warehouse.getString("url");
        this.user = warehouse.getString("user");
        this.password = warehouse.hasPath("password") ? warehouse.getString("password") : "";
        this.table = warehouse.getString("table");
    }

    public Properties connectionProperties() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("driver", "org.postgresql.Driver");
        props.setProperty("fetchsize", "10000");
        return props;
    }

    public String getUrl() {
        return url;
    }

    public String getUser() {
        return user;
    }

    public String getPassword() {
        return password;
    }

    public String getTable() {
        return table;
    }
}
