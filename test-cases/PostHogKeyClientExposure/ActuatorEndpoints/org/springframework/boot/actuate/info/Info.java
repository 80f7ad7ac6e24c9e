package org.springframework.boot.actuate.info;

import java.util.Map;

/** A stand-in for Spring Boot Actuator's Info (spring-boot-actuator is not on the test class path). */
public final class Info {
  public static class Builder {
    public Builder withDetail(String key, Object value) {
      return this;
    }

    public Builder withDetails(Map<String, Object> details) {
      return this;
    }
  }
}
