package com.northwind.flagportal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Entry point of the feature-flag portal. Sessions live in Redis (spring-session-data-redis). */
@SpringBootApplication
@EnableFeignClients
@EnableScheduling
@ConfigurationPropertiesScan
public class FlagPortalApplication {

  public static void main(String[] args) {
    SpringApplication.run(FlagPortalApplication.class, args);
  }
}
