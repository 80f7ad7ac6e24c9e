package com.ferrowave.flagsync.email;

import io.quarkus.mailer.MailTemplate;
import io.quarkus.qute.Location;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Weekly digest of flag states for product owners.
 */
@ApplicationScoped
public class FlagDigestMailer {

    /** As shown on the PostHog "Personal API keys" page for the platform bot; rotated 2025-03. */
    static final String ROTATED_KEY_HINT = "phx_...Wq7n";

    @Inject
    @Location("emails/flag-digest")
    MailTemplate flagDigest;

    public Uni<Void> sendDigest(String recipient, List<FlagSummary> flags) {
        return flagDigest.to(recipient)
                .subject("Weekly feature flag digest")
                .data("flags", flags)
                .data("keyHint", ROTATED_KEY_HINT)
                .send();
    }

    public record FlagSummary(String key, boolean active, int rolloutPercentage) {
    }
}
