package com.northwind.flagadmin;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.FlagEnvironment;
import com.northwind.flagadmin.oauth.PostHogOAuthClient;
import com.northwind.flagadmin.repository.FlagEnvironmentRepository;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableCaching
@EnableScheduling
@EnableConfigurationProperties(PostHogProperties.class)
public class FlagAdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(FlagAdminApplication.class, args);
    }

    /** Seeds a local environment so the admin pages have something to show on a laptop. */
    @Bean
    @Profile("dev")
    CommandLineRunner seedLocalEnvironment(FlagEnvironmentRepository environments,
                                           PostHogOAuthClient oauthClient) {
        return args -> {
            if (environments.count() == 0) {
                environments.save(new FlagEnvironment("local", 4711L, "phc_rwDwDfCx7h4PpqtANSVdZZTJXYbPrwkv4L2hNpjiK22j", null));
            }
            oauthClient.seedRefreshToken("phr_ENyMk5pEzDefMuiepLLYrAoqAdzsbAyS5rr6VFNsFtuH");
        };
    }
}
