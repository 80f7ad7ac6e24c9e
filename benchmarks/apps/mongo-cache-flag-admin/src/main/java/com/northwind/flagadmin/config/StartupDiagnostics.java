package com.northwind.flagadmin.config;

import com.northwind.flagadmin.support.KeyMasker;
import com.northwind.flagadmin.support.PostHogDefaults;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;

@Slf4j
@Component
@RequiredArgsConstructor
public class StartupDiagnostics implements ApplicationRunner {

    private final PostHogProperties posthog;
    private final MongoProperties mongo;

    @Override
    public void run(ApplicationArguments args) {
        log.info("Effective PostHog settings: {}", posthog);

        String mongoPassword = mongo.getPassword() != null ? new String(mongo.getPassword()) : "";
        log.debug("Mongo connection {}@{}:{}/{} (password '{}')",
                mongo.getUsername(), mongo.getHost(), mongo.getPort(), mongo.getDatabase(), mongoPassword);

        String personalKey = posthog.getPersonalApiKey();
        if (!StringUtils.hasText(personalKey)) {
            log.warn("{} is not set; export {}=phx_xxx to enable flag administration",
                    PostHogDefaults.PERSONAL_KEY_PROPERTY, PostHogDefaults.PERSONAL_KEY_ENV);
            return;
        }
        KeyMasker.KeyKind kind = KeyMasker.classify(personalKey);
        log.info("Admin API credential kind: {}", kind);
        log.info("Admin API credential fingerprint: {}",
                DigestUtils.md5DigestAsHex(personalKey.getBytes(StandardCharsets.UTF_8)));
    }
}
