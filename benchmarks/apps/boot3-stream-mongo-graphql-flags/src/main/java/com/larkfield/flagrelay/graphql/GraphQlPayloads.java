package com.larkfield.flagrelay.graphql;

/**
 * Payload types for the GraphQL schema in {@code graphql/schema.graphqls}.
 */
public final class GraphQlPayloads {

    private GraphQlPayloads() {
    }

    public record ClientBootstrap(String projectApiKey, String apiHost) {
    }

    /** {@code evaluationKey} is resolved separately in {@link FlagQueryController}. */
    public record FlagEnvironment(String profile, int pollIntervalSeconds) {
    }

    public record AdminConsoleConfig(String projectId, String appHost, String personalApiKey) {
    }
}
