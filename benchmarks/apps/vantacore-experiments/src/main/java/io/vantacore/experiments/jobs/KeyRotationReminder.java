package io.vantacore.experiments.jobs;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.vantacore.experiments.config.PostHogProperties;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reminds the platform team to roll the PostHog personal key every 90 days. */
@Singleton
public class KeyRotationReminder {

    private static final Logger LOG = LoggerFactory.getLogger(KeyRotationReminder.class);

    /** Which of the two keys configured in the secret store is live. */
    public enum ApiKey {
        PRIMARY, SECONDARY
    }

    private final PostHogProperties props;
    private final ApiKey apiKey;
    private final LocalDate issuedOn;
    private final int tokenTtlDays;

    public KeyRotationReminder(PostHogProperties props,
                               @Value("${posthog.active-key:PRIMARY}") ApiKey apiKey,
                               @Value("${posthog.key-issued-on}") LocalDate issuedOn,
                               @Value("${posthog.key-ttl-days:90}") int tokenTtlDays) {
        this.props = props;
        this.apiKey = apiKey;
        this.issuedOn = issuedOn;
        this.tokenTtlDays = tokenTtlDays;
    }

    @Scheduled(cron = "0 0 9 * * MON")
    void remind() {
        long age = Duration.between(issuedOn.atStartOfDay(), LocalDate.now().atStartOfDay()).toDays();
        LOG.info("PostHog {} key is {} days old (limit {})", apiKey, age, tokenTtlDays);
        if (age > tokenTtlDays && props.localEvaluation()) {
            String key = props.personalApiKey();
            String apiKeyLastFour = key.substring(key.length() - 4);
            LOG.warn("Rotate the PostHog personal key ending in {} (Settings > Personal API keys)", apiKeyLastFour);
        }
    }
}
