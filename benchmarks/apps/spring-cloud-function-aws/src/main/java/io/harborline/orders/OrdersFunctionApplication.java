package io.harborline.orders;

import io.harborline.orders.config.PostHogProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

@SpringBootApplication
@EnableConfigurationProperties(PostHogProperties.class)
public class OrdersFunctionApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrdersFunctionApplication.class, args);
    }

    @Bean
    public SecretsManagerClient secretsManagerClient(@Value("${orders.secrets.region}") String region) {
        return SecretsManagerClient.builder()
                .region(Region.of(region))
                .build();
    }
}
