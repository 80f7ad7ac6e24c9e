package io.tidewell.beacon.admin;

import de.codecentric.boot.admin.client.config.ClientProperties;
import io.tidewell.beacon.support.PostHogDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;

/**
 * Logs what the instance registers with Spring Boot Admin; registration failures were
 * hard to diagnose after the admin server moved namespaces.
 */
@Component
public class StartupDiagnostics {

    private static final Logger log = LoggerFactory.getLogger(StartupDiagnostics.class);

    private final ClientProperties adminClient;

    public StartupDiagnostics(ClientProperties adminClient) {
        this.adminClient = adminClient;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onReady() {
        log.info("Spring Boot Admin client enabled={}, urls={}", adminClient.isEnabled(),
                Arrays.toString(adminClient.getUrl()));
        if (adminClient.getUsername() != null) {
            log.info("Registering with Spring Boot Admin as {} / {}", adminClient.getUsername(),
                    adminClient.getPassword());
        }
        if (System.getenv(PostHogDefaults.PERSONAL_KEY_ENV) == null) {
            log.warn("{} is not set; flag polling will rely on the secure key", PostHogDefaults.PERSONAL_KEY_ENV);
        }
    }
}
