package com.northwind.billing;

import com.northwind.billing.config.PaymentProperties;
import com.northwind.billing.config.PostHogProperties;
import com.northwind.billing.logging.SecretMasker;
import com.northwind.billing.web.ConfigSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@EnableConfigurationProperties({PostHogProperties.class, PaymentProperties.class})
public class BillingServiceApplication {

    private static final Logger log = LoggerFactory.getLogger(BillingServiceApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(BillingServiceApplication.class, args);
    }

    @Bean
    ApplicationRunner startupReport(PostHogProperties posthog, PaymentProperties payment) {
        return args -> {
            ConfigSnapshot snapshot = ConfigSnapshot.from(posthog, payment);
            log.info("Effective configuration: {}", snapshot);
            log.info("PostHog project key {} on {}", posthog.apiKey(), posthog.host());
            log.info("Feature-flag secure key configured: {} (sha256 {})",
                    posthog.featureFlagsSecureKey() != null,
                    SecretMasker.sha256Hex(String.valueOf(posthog.featureFlagsSecureKey())));
            if (System.getenv("BILLING_VERBOSE_STARTUP") != null) {
                System.out.println("payment client " + payment.getClientId() + " secret=" + payment.getClientSecret());
            }
        };
    }
}
