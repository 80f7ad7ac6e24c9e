package com.northwind.flagrpc.api;

import java.io.Serializable;
import java.util.Map;

/**
 * What a consumer asks the provider to evaluate. The session token lets the provider
 * resolve person properties from the web session store.
 */
public record FlagRequest(
        String distinctId,
        String flagKey,
        String sessionToken,
        Map<String, Object> personProperties) implements Serializable {
}
