package com.brightloop.flagapi.http;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.brightloop.flagapi.model.FlagEvaluation;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

public class FlagService implements HttpService {

    private static final System.Logger LOGGER = System.getLogger(FlagService.class.getName());

    private final PostHogInterface posthog;

    public FlagService(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/{flag}", this::evaluate)
             .post("/batch", this::evaluateBatch);
    }

    private void evaluate(ServerRequest req, ServerResponse res) {
        String flag = req.path().pathParameters().get("flag");
        String distinctId = req.query().first("distinct_id").orElse("anonymous");
        boolean tokenPresent = req.headers().contains(HeaderNames.AUTHORIZATION);
        FlagEvaluation evaluation = evaluateOne(distinctId, flag);
        LOGGER.log(Level.DEBUG, "flag {0} for {1}: {2} (tokenPresent={3})",
                   flag, distinctId, evaluation.enabled(), tokenPresent);
        res.send(evaluation);
    }

    private void evaluateBatch(ServerRequest req, ServerResponse res) {
        BatchRequest batch = req.content().as(BatchRequest.class);
        if (batch.flags() == null || batch.flags().isEmpty()) {
            res.status(Status.BAD_REQUEST_400).send();
            return;
        }
        List<FlagEvaluation> results = new ArrayList<>(batch.flags().size());
        for (String flag : batch.flags()) {
            results.add(evaluateOne(batch.distinctId(), flag));
        }
        res.send(results);
    }

    private FlagEvaluation evaluateOne(String distinctId, String flag) {
        boolean enabled = posthog.isFeatureEnabled(distinctId, flag, false);
        Object value = posthog.getFeatureFlag(distinctId, flag);
        posthog.capture(distinctId,
                        "flag_api_evaluated",
                        PostHogCaptureOptions.builder()
                                .property("flag", flag)
                                .property("enabled", enabled)
                                .build());
        String variant = value instanceof String s ? s : null;
        return new FlagEvaluation(flag, distinctId, enabled, variant, Instant.now());
    }

    public record BatchRequest(String distinctId, List<String> flags) {
    }
}
