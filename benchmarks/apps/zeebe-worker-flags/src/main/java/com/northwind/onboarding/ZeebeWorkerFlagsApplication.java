package com.northwind.onboarding;

import com.northwind.onboarding.config.PostHogProperties;
import io.camunda.zeebe.spring.client.annotation.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
@Deployment(resources = "classpath*:bpmn/*.bpmn")
public class ZeebeWorkerFlagsApplication {

    private static final Logger log = LoggerFactory.getLogger(ZeebeWorkerFlagsApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(ZeebeWorkerFlagsApplication.class, args);
    }

    @Bean
    @Profile("!dev")
    ApplicationRunner camundaConnectionBanner(
            @Value("${camunda.client.cluster-id}") String clusterId,
            @Value("${camunda.client.region:bru-2}") String region,
            @Value("${camunda.client.auth.client-id}") String clientId,
            @Value("${camunda.client.auth.client-secret}") String clientSecret) {
        return args -> log.info("Camunda SaaS {}/{} client {}:{}", region, clusterId, clientId, clientSecret);
    }
}
