package com.northwind.flagadmin.bootstrap;

import com.northwind.flagadmin.config.PostHogProperties;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import lombok.extern.log4j.Log4j2;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints what this instance is wired to, for whoever is on call. */
@Log4j2
@Component
@RequiredArgsConstructor
public class StartupReporter {

    private final PostHogProperties props;
    private final DataSourceProperties dataSource;

    @EventListener(ApplicationReadyEvent.class)
    public void report() {
        log.info("PostHog settings: {}", props);

        String personalKey = props.getPersonalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            log.warn("{} is not set; flags will be evaluated remotely", "posthog.personal-api-key");
        } else {
            log.info("Local flag evaluation enabled (personal key present={}, length={})",
                    true, personalKey.length());
        }

        Optional.ofNullable(props.getSecretKey()).map(String::strip).ifPresent(log::debug);

        log.debug("Datasource {} as {} (password {})", dataSource.getUrl(), dataSource.getUsername(),
                dataSource.getPassword());
    }
}
