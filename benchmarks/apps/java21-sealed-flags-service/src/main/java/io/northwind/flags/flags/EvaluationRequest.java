package io.northwind.flags.flags;

import java.util.Map;
import java.util.Objects;

/**
 * One evaluation call as received from a product backend. The session token is
 * forwarded so PostHog events can be tied to the caller's session.
 */
public record EvaluationRequest(
        String flagKey,
        String distinctId,
        String sessionToken,
        Map<String, Object> personProperties) {

    public EvaluationRequest {
        Objects.requireNonNull(flagKey, "flagKey");
        Objects.requireNonNull(distinctId, "distinctId");
        personProperties = personProperties == null ? Map.of() : Map.copyOf(personProperties);
    }
}
