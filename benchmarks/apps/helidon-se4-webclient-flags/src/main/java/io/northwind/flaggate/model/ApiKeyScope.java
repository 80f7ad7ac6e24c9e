package io.northwind.flaggate.model;

/**
 * What a gateway API client may do.
 */
public enum ApiKeyScope {
    READ_FLAGS,
    CAPTURE,
    ADMIN;

    public boolean allows(ApiKeyScope required) {
        return this == ADMIN || this == required;
    }
}
