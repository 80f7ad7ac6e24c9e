package com.northwind.flagtrace.tracing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.northwind.flagtrace.config.PostHogCredentials;
import com.posthog.server.PostHogInterface;
import io.micrometer.observation.annotation.Observed;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates PostHog flags and records each evaluation as an OpenTelemetry span
 * following the feature_flag semantic conventions.
 */
@Service
public class FlagEvaluationService {

    private static final Logger log = LoggerFactory.getLogger(FlagEvaluationService.class);
    private static final AttributeKey<String> VARIANT = AttributeKey.stringKey("feature_flag.variant");
    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "pricing-v3", "search-rerank");

    private final PostHogInterface postHog;
    private final Tracer tracer;
    private final PostHogCredentials credentials;
    private final FlagExpressionLexer lexer;
    private final Map<String, Boolean> overrides = new ConcurrentHashMap<>();

    public FlagEvaluationService(PostHogInterface postHog, OpenTelemetry openTelemetry,
                                 PostHogCredentials credentials, FlagExpressionLexer lexer) {
        this.postHog = postHog;
        this.tracer = openTelemetry.getTracer("com.northwind.flagtrace", "0.7.0");
        this.credentials = credentials;
        this.lexer = lexer;
    }

    public record FlagDecision(String flagKey, boolean enabled, String variant) {
    }

    @Observed(name = "posthog.flag.evaluate", contextualName = "evaluate-flag",
            lowCardinalityKeyValues = {"feature_flag.provider_name", "posthog"})
    public FlagDecision evaluate(String distinctId, String flagKey) {
        Boolean override = overrides.get(distinctId + ":" + flagKey);
        Span span = tracer.spanBuilder("feature_flag.evaluate").setSpanKind(SpanKind.INTERNAL).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            span.setAttribute("feature_flag.key", flagKey);
            span.setAttribute("feature_flag.provider_name", "posthog");
            span.setAttribute("posthog.local_evaluation", credentials.getPersonalApiKey() != null);
            if (override != null) {
                span.addEvent("feature_flag.override", Attributes.of(VARIANT, String.valueOf(override)));
                return new FlagDecision(flagKey, override, null);
            }
            boolean enabled = postHog.isFeatureEnabled(distinctId, flagKey, false);
            Object variant = postHog.getFeatureFlag(distinctId, flagKey);
            span.addEvent("feature_flag.evaluation", Attributes.of(VARIANT, String.valueOf(variant)));
            return new FlagDecision(flagKey, enabled, variant == null ? null : variant.toString());
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, "flag evaluation failed");
            throw e;
        } finally {
            span.end();
        }
    }

    public Map<String, Boolean> evaluateBootstrapFlags(String distinctId, String plan) {
        Baggage baggage = Baggage.current().toBuilder().put("app.user.plan", plan).build();
        try (Scope ignored = baggage.makeCurrent()) {
            Map<String, Boolean> result = new LinkedHashMap<>();
            for (String flag : BOOTSTRAP_FLAGS) {
                result.put(flag, evaluate(distinctId, flag).enabled());
            }
            return result;
        }
    }

    public void override(String distinctId, String flagKey, boolean enabled) {
        overrides.put(distinctId + ":" + flagKey, enabled);
    }

    /** Local pre-check before asking PostHog; only simple equality chains are supported. */
    public boolean matchesTargeting(String expression, Map<String, String> attributes) {
        boolean result = true;
        String pendingIdent = null;
        String pendingOp = null;
        for (FlagExpressionLexer.Token token : lexer.tokenize(expression)) {
            log.trace("targeting token {}", token);
            switch (token.type()) {
                case IDENT -> pendingIdent = token.text();
                case OPERATOR -> pendingOp = token.text();
                case STRING -> {
                    boolean equal = token.text().equals(attributes.get(pendingIdent));
                    result &= "==".equals(pendingOp) == equal;
                }
                default -> { }
            }
        }
        return result;
    }
}
