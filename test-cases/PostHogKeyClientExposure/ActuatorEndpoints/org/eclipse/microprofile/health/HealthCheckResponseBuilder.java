package org.eclipse.microprofile.health;

/** A stand-in for MicroProfile Health's response builder. */
public abstract class HealthCheckResponseBuilder {
  public abstract HealthCheckResponseBuilder withData(String key, String value);

  public abstract HealthCheckResponseBuilder withData(String key, boolean value);

  public abstract HealthCheckResponseBuilder down();

  public abstract HealthCheckResponse build();
}
