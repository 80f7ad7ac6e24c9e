package io.northwind.flags.flags;

import com.posthog.server.PostHogInterface;
import io.northwind.flags.flags.FlagDecision.Disabled;
import io.northwind.flags.flags.FlagDecision.Enabled;
import io.northwind.flags.flags.FlagDecision.Failed;
import io.northwind.flags.flags.FlagDecision.Variant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Evaluates flags with the PostHog SDK and maps SDK results onto {@link FlagDecision}. */
public final class FlagEvaluator {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluator.class);

    private final PostHogInterface posthog;

    public FlagEvaluator(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public FlagDecision evaluate(EvaluationRequest request) {
        try {
            Object value = posthog.getFeatureFlag(request.distinctId(), request.flagKey());
            return switch (value) {
                case null -> new Disabled(request.flagKey(), request.distinctId(), "flag_not_found");
                case Boolean enabled when enabled -> new Enabled(request.flagKey(), request.distinctId());
                case Boolean ignored -> new Disabled(request.flagKey(), request.distinctId(), "evaluated_false");
                case String variant -> new Variant(request.flagKey(), request.distinctId(), variant);
                default -> new Failed(request.flagKey(), request.distinctId(),
                        "unexpected flag value type " + value.getClass().getSimpleName());
            };
        } catch (RuntimeException e) {
            log.warn("Flag evaluation failed for {}", request, e);
            return new Failed(request.flagKey(), request.distinctId(), e.getClass().getSimpleName());
        }
    }

    /** JSON body returned to product backends. */
    public static Map<String, Object> toBody(FlagDecision decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flag", decision.flagKey());
        switch (decision) {
            case Enabled(var key, var distinctId) -> body.put("enabled", true);
            case Disabled(var key, var distinctId, var reason) -> {
                body.put("enabled", false);
                body.put("reason", reason);
            }
            case Variant(var key, var distinctId, var variant) -> {
                body.put("enabled", true);
                body.put("variant", variant);
            }
            case Failed(var key, var distinctId, var error) -> {
                body.put("enabled", false);
                body.put("reason", "evaluation_failed");
            }
        }
        return body;
    }
}
