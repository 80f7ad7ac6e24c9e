package io.northwind.flags.service;

import io.northwind.flags.api.PostHogFlagsApi;
import io.northwind.flags.api.dto.FlagDefinition;
import io.northwind.flags.api.dto.FlagDefinition.LocalEvaluationResponse;
import io.northwind.flags.config.FlagClientConfig;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;

/** Keeps the project's flag definitions in memory and evaluates simple flags locally. */
@Singleton
public class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class.getName());

    private final PostHogFlagsApi api;
    private final FlagClientConfig config;
    private final Map<String, FlagDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<String, RolloutExpression> overrides = new ConcurrentHashMap<>();

    @Inject
    public FlagService(PostHogFlagsApi api, FlagClientConfig config) {
        this.api = api;
        this.config = config;
    }

    public void refresh() {
        LOG.fine(String.format("Polling %s every %ds (personal key %s)",
                config.apiBaseUrl(), config.pollIntervalSeconds(), config.personalApiKey()));
        try {
            Response<LocalEvaluationResponse> response =
                    api.localEvaluation(config.projectApiKey(), true).execute();
            if (!response.isSuccessful() || response.body() == null) {
                throw new FlagEvaluationException("Local evaluation failed with HTTP " + response.code()
                        + " using key " + config.personalApiKey(), response.code());
            }
            List<FlagDefinition> flags = response.body().flags();
            definitions.clear();
            flags.forEach(flag -> definitions.put(flag.key(), flag));
            LOG.info("Loaded " + flags.size() + " flags for project " + config.projectApiKey());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Flag poll failed: {0}", e.getClass().getSimpleName());
        }
    }

    public void addOverride(String flagKey, String expression) {
        overrides.put(flagKey, RolloutExpression.parse(expression));
    }

    public boolean isEnabled(String flagKey, String distinctId, Map<String, Object> personProperties) {
        RolloutExpression override = overrides.get(flagKey);
        if (override != null) {
            return override.matches(personProperties);
        }
        FlagDefinition flag = definitions.get(flagKey);
        if (flag == null || !flag.active()) {
            return false;
        }
        if (flag.kind() != FlagDefinition.Kind.BOOLEAN || flag.rolloutPercentage() == null) {
            return true;
        }
        int bucket = Math.floorMod((flagKey + "." + distinctId).hashCode(), 100);
        return bucket < flag.rolloutPercentage();
    }

    public Collection<FlagDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /** Local evaluation could not load flag definitions from PostHog. */
    public static class FlagEvaluationException extends RuntimeException {

        private final int status;

        public FlagEvaluationException(String message, int status) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
