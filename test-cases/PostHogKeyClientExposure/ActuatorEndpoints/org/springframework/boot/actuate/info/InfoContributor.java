package org.springframework.boot.actuate.info;

/** A stand-in for Spring Boot Actuator's InfoContributor. */
public interface InfoContributor {
  void contribute(Info.Builder builder);
}
