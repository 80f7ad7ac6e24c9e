package io.helidon.security;

/** A stub of the request a Helidon Security provider is asked about. */
public interface ProviderRequest {
  SecurityEnvironment env();
}
