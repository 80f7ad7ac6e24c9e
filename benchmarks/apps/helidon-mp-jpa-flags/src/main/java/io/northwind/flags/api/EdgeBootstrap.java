package io.northwind.flags.api;

/**
 * Configuration handed to the edge worker so it can evaluate flags without calling back.
 */
public record EdgeBootstrap(String projectApiKey,
                            String apiHost,
                            String localEvaluationKey,
                            int pollIntervalSeconds) {
}
