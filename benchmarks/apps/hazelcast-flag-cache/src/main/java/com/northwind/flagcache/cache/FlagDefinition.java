package com.northwind.flagcache.cache;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

public class FlagDefinition implements Serializable {

    @Serial
    private static final long serialVersionUID = 3L;

    private long id;
    private String key;
    private String name;
    private boolean active;
    private boolean ensureExperienceContinuity;
    private Map<String, Object> filters;
    private Instant fetchedAt;

    public FlagDefinition() {
    }

    public FlagDefinition(long id, String key, String name, boolean active, Map<String, Object> filters) {
        this.id = id;
        this.key = key;
        this.name = name;
        this.active = active;
        this.filters = filters;
        this.fetchedAt = Instant.now();
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

    public boolean isEnsureExperienceContinuity() {
        return ensureExperienceContinuity;
    }

    public void setEnsureExperienceContinuity(boolean ensureExperienceContinuity) {
        this.ensureExperienceContinuity = ensureExperienceContinuity;
    }

    public Map<String, Object> getFilters() {
        return filters;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    @Override
    public String toString() {
        return "FlagDefinition{id=" + id + ", key='" + key + "', active=" + active + '}';
    }
}
