package io.flagdeck.saas.dev;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.flagdeck.saas.tenant.Tenant;
import io.flagdeck.saas.tenant.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds a sandbox tenant pointing at the shared Flagdeck demo project.
 */
@Component
@Profile("dev")
public class DevDataInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DevDataInitializer.class);

    static final String SANDBOX_SLUG = "sandbox";
    static final String SANDBOX_HOST = "https://eu.i.posthog.com";
    static final String SANDBOX_PROJECT_KEY = "phc_QWbv56CK34bryUEGQDoXnXcbRZaBPu8Ut5hPvxTia2US";
    static final String SANDBOX_PERSONAL_KEY = "phx_7xizkYvLL97P5xRJUjJPtnkytqJo7tpFALiu4Tyt8UbtyZUK";

    private final TenantRepository tenants;
    private final Environment environment;

    public DevDataInitializer(TenantRepository tenants, Environment environment) {
        this.tenants = tenants;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        log.debug("Dev datasource {} as {} / {}",
                environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password"));

        if (tenants.existsBySlug(SANDBOX_SLUG)) {
            return;
        }
        Tenant sandbox = new Tenant(SANDBOX_SLUG, "Sandbox Inc.", SANDBOX_PROJECT_KEY, SANDBOX_PERSONAL_KEY,
                4711L, SANDBOX_HOST, "https://eu.posthog.com");
        sandbox.setSandbox(true);
        tenants.save(sandbox);
        System.out.println("Sandbox tenant ready, personal key: " + sandbox.getPersonalApiKey());

        PostHogInterface probe = PostHog.with(PostHogConfig.builder(SANDBOX_PROJECT_KEY)
                .host(SANDBOX_HOST)
                .personalApiKey(SANDBOX_PROJECT_KEY)
                .build());
        try {
            boolean on = probe.isFeatureEnabled("dev-seeder", "sandbox-banner", false);
            log.info("Sandbox project reachable, sandbox-banner={}", on);
        } finally {
            probe.close();
        }
    }
}
