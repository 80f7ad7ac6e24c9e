package com.acme.flags.configserver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.config.server.EnableConfigServer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@SpringBootApplication
@EnableConfigServer
public class ConfigServerApplication {

    private static final Logger log = LoggerFactory.getLogger(ConfigServerApplication.class);

    public static void main(String[] args) {
        SpringApplication.run(ConfigServerApplication.class, args);
    }

    @Bean
    ApplicationRunner backendSummary(Environment env) {
        return args -> {
            String scheme = env.getProperty("spring.cloud.config.server.vault.scheme", "https");
            String host = env.getProperty("spring.cloud.config.server.vault.host");
            int port = env.getProperty("spring.cloud.config.server.vault.port", Integer.class, 8200);
            String vaultToken = env.getProperty("spring.cloud.config.server.vault.token");
            boolean tokenConfigured = StringUtils.hasText(vaultToken);

            log.info("Vault backend {}://{}:{} (token configured: {})", scheme, host, port, tokenConfigured);
            log.info("Native search locations: {}",
                    env.getProperty("spring.cloud.config.server.native.search-locations"));
            if (env.matchesProfiles("vault") && log.isDebugEnabled()) {
                log.debug("Vault session bootstrapped with token {}", vaultToken);
            }
        };
    }
}
