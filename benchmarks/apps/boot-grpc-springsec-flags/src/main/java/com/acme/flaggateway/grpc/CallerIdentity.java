package com.acme.flaggateway.grpc;

import java.util.Set;

/** Who is calling the gRPC API, resolved by {@link ServiceTokenInterceptor}. */
public final class CallerIdentity {

    public enum ApiKeyScope {
        READ_FLAGS, READ_DEFINITIONS;

        static ApiKeyScope from(Set<String> scopes) {
            return scopes.contains("definitions:read") ? READ_DEFINITIONS : READ_FLAGS;
        }
    }

    private final String serviceName;
    private final String bearerToken;
    private final Set<String> scopes;

    CallerIdentity(String serviceName, String bearerToken, Set<String> scopes) {
        this.serviceName = serviceName;
        this.bearerToken = bearerToken;
        this.scopes = Set.copyOf(scopes);
    }

    public String serviceName() {
        return serviceName;
    }

    String bearerToken() {
        return bearerToken;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    @Override
    public String toString() {
        return "CallerIdentity{service=" + serviceName + ", token=" + bearerToken + ", scopes=" + scopes + '}';
    }
}
