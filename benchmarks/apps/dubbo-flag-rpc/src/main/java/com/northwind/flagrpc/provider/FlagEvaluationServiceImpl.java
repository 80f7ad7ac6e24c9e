package com.northwind.flagrpc.provider;

import com.northwind.flagrpc.api.FlagDecision;
import com.northwind.flagrpc.api.FlagEvaluationService;
import com.northwind.flagrpc.api.FlagRequest;
import com.posthog.server.PostHogInterface;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboService;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Qualifier;

@DubboService(version = "1.0.0", group = "flags")
public class FlagEvaluationServiceImpl implements FlagEvaluationService {

    private static final Logger log = LogManager.getLogger(FlagEvaluationServiceImpl.class);

    private final PostHogInterface postHog;
    private final FlagExpressionLexer lexer = new FlagExpressionLexer();

    public FlagEvaluationServiceImpl(@Qualifier("flagsPostHog") PostHogInterface postHog) {
        this.postHog = postHog;
    }

    @Override
    public FlagDecision evaluate(FlagRequest request) {
        log.info("evaluate {}", request);
        Object guard = request.personProperties().get("guard");
        if (guard instanceof String expression && !lexer.tokenize(expression).isEmpty()) {
            log.debug("flag {} carries a rollout guard", request.flagKey());
        }
        Object value = postHog.getFeatureFlag(request.distinctId(), request.flagKey());
        if (value == null) {
            log.printf(Level.DEBUG, "flag %s unresolved for session %s", request.flagKey(), request.sessionToken());
            return FlagDecision.off(request.flagKey());
        }
        boolean enabled = !Boolean.FALSE.equals(value);
        String variant = value instanceof String s ? s : null;
        return new FlagDecision(request.flagKey(), enabled, variant, true);
    }

    @Override
    public List<FlagDecision> evaluateAll(String distinctId, List<String> flagKeys) {
        return flagKeys.stream()
                .map(key -> evaluate(new FlagRequest(distinctId, key, null, java.util.Map.of())))
                .toList();
    }
}
