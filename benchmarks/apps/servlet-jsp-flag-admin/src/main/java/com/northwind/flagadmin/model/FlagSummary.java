package com.northwind.flagadmin.model;

/**
 * One row of the flag table.
 */
public class FlagSummary {

    private final long id;
    private final String key;
    private final String name;
    private final boolean active;

    public FlagSummary(long id, String key, String name, boolean active) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
