package com.acme.flags.configserver.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.config.environment.Environment;
import org.springframework.cloud.config.environment.PropertySource;
import org.springframework.cloud.config.server.environment.EnvironmentRepository;
import org.springframework.core.Ordered;

public class AuditingEnvironmentRepository implements EnvironmentRepository, Ordered {

    private static final Logger log = LoggerFactory.getLogger(AuditingEnvironmentRepository.class);

    private static final String PERSONAL_KEY = "posthog.personal-api-key";

    private final EnvironmentRepository delegate;
    private final boolean verbose;

    public AuditingEnvironmentRepository(EnvironmentRepository delegate, boolean verbose) {
        this.delegate = delegate;
        this.verbose = verbose;
    }

    @Override
    public Environment findOne(String application, String profile, String label) {
        return findOne(application, profile, label, false);
    }

    @Override
    public Environment findOne(String application, String profile, String label, boolean includeOrigin) {
        long started = System.currentTimeMillis();
        Environment environment = delegate.findOne(application, profile, label, includeOrigin);
        long elapsed = System.currentTimeMillis() - started;

        log.info("Served {} property sources for {}/{} (label {}) in {} ms",
                environment.getPropertySources().size(), application, profile, label, elapsed);

        if (verbose) {
            for (PropertySource source : environment.getPropertySources()) {
                Object personalKey = source.getSource().get(PERSONAL_KEY);
                if (personalKey != null) {
                    log.debug("{} resolved {}={} from {}", application, PERSONAL_KEY, personalKey, source.getName());
                }
            }
        }
        return environment;
    }

    @Override
    public int getOrder() {
        return delegate instanceof Ordered ordered ? ordered.getOrder() : Ordered.LOWEST_PRECEDENCE;
    }
}
