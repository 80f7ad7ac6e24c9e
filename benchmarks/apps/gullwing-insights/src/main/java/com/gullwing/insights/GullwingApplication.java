package com.gullwing.insights;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GullwingApplication {

  public static void main(String[] args) {
    SpringApplication.run(GullwingApplication.class, args);
  }
}
