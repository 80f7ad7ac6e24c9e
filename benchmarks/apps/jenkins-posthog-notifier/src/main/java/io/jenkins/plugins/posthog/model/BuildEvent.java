package io.jenkins.plugins.posthog.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A build lifecycle event ready to be captured.
 */
public final class BuildEvent {

    private final String distinctId;
    private final String name;
    private final Map<String, Object> properties;

    private BuildEvent(String distinctId, String name, Map<String, Object> properties) {
        this.distinctId = distinctId;
        this.name = name;
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getName() {
        return name;
    }

    public Map<String, Object> getProperties() {
        return properties;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String toString() {
        return "BuildEvent{" + name + " for " + distinctId + ", " + properties.size() + " properties}";
    }

    public static final class Builder {
        private final String name;
        private String distinctId = "jenkins";
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder distinctId(String distinctId) {
            this.distinctId = distinctId;
            return this;
        }

        public Builder property(String key, Object value) {
            if (value != null) {
                properties.put(key, value);
            }
            return this;
        }

        public BuildEvent build() {
            return new BuildEvent(distinctId, name, properties);
        }
    }
}
