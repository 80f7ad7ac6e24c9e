package com.brindlecove.ledgerops;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.ulisesbocchio.jasyptspringboot.annotation.EnableEncryptableProperties;
import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootApplication
@EnableIntegration
@EnableEncryptableProperties
@EnableJpaAuditing(auditorAwareRef = "securityAuditor")
@EnableConfigurationProperties(PostHogProperties.class)
public class LedgerOpsApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerOpsApplication.class, args);
    }

    @Bean
    AuditorAware<String> securityAuditor() {
        return () -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                return Optional.of("system");
            }
            return Optional.of(auth.getName());
        };
    }
}
