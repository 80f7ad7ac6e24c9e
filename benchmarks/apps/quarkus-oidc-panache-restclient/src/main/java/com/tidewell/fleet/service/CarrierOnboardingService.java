package com.tidewell.fleet.service;

import com.posthog.server.PostHogInterface;
import com.tidewell.fleet.analytics.KeyMask;
import com.tidewell.fleet.domain.Carrier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

@ApplicationScoped
public class CarrierOnboardingService {

    private static final Logger LOG = Logger.getLogger(CarrierOnboardingService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PostHogInterface posthog;

    public CarrierOnboardingService(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    @Transactional
    public Carrier onboard(String scac, String name, String webhookUrl, String operator) {
        Carrier carrier = new Carrier();
        carrier.scac = scac;
        carrier.name = name;
        carrier.webhookUrl = webhookUrl;
        carrier.tokenKind = Carrier.TokenKind.STATIC_API_TOKEN;
        carrier.apiToken = newToken();
        carrier.onboardedAt = Instant.now();
        carrier.persist();

        LOG.infof("Onboarded carrier %s", carrier);
        LOG.infof("Carrier %s uses %s, token fingerprint %s", scac, carrier.tokenKind,
                KeyMask.sha256Fingerprint(carrier.apiToken));

        posthog.capture(operator, "carrier_onboarded", Map.of("scac", scac, "token_kind", carrier.tokenKind.name()));
        return carrier;
    }

    @Transactional
    public void rotateToken(String scac) {
        Carrier carrier = Carrier.findByScac(scac);
        String previous = carrier.apiToken;
        carrier.apiToken = newToken();
        LOG.infof("Rotated token for %s (old token length %d)", scac, previous.length());
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
