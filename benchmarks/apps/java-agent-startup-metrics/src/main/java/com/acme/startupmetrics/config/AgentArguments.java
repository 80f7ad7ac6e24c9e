package com.acme.startupmetrics.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses the string after {@code -javaagent:startup-metrics.jar=}, e.g.
 * {@code apiKey=phc_...,host=https://eu.i.posthog.com,statusPort=9464}.
 */
public final class AgentArguments {

    private final Map<String, String> values;

    private AgentArguments(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static AgentArguments parse(String agentArgs) {
        Map<String, String> values = new LinkedHashMap<>();
        if (agentArgs == null || agentArgs.isBlank()) {
            return new AgentArguments(values);
        }
        for (String token : agentArgs.split(",")) {
            int eq = token.indexOf('=');
            if (eq <= 0) {
                System.err.println("[startup-metrics] ignoring agent option without value at position " + values.size());
                continue;
            }
            values.put(token.substring(0, eq).trim(), token.substring(eq + 1).trim());
        }
        return new AgentArguments(values);
    }

    public String get(String name) {
        return values.get(name);
    }

    public String get(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }
}
