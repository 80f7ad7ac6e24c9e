package com.brightloop.flagservice;

import com.brightloop.flagservice.config.PostHogProperties;
import java.time.Duration;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.boot.web.servlet.ServletComponentScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.client.RestTemplate;

@SpringBootApplication
@EnableScheduling
@ServletComponentScan
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(FlagServiceApplication.class, args);
  }

  @Bean
  RestTemplate restTemplate(RestTemplateBuilder builder) {
    return builder.setConnectTimeout(Duration.ofSeconds(3)).setReadTimeout(Duration.ofSeconds(10)).build();
  }

  @Bean
  OpenTelemetry openTelemetry() {
    // The OpenTelemetry Java agent registers the SDK globally in deployed environments.
    return GlobalOpenTelemetry.get();
  }
}
