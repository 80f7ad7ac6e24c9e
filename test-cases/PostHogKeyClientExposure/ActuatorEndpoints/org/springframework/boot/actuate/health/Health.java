package org.springframework.boot.actuate.health;

import java.util.Map;

/** A stand-in for Spring Boot Actuator's Health (spring-boot-actuator is not on the test class path). */
public final class Health {
  public static Builder up() {
    return new Builder();
  }

  public static Builder down() {
    return new Builder();
  }

  public static class Builder {
    public Builder withDetail(String key, Object value) {
      return this;
    }

    public Builder withDetails(Map<String, ?> details) {
      return this;
    }

    public Health build() {
      return new Health();
    }
  }
}
