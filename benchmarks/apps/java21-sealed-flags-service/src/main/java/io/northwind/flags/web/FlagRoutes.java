package io.northwind.flags.web;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.northwind.flags.config.ServiceConfig;
import io.northwind.flags.flags.EvaluationRequest;
import io.northwind.flags.flags.FlagDecision;
import io.northwind.flags.flags.FlagEvaluator;
import io.northwind.flags.flags.rules.RuleLexer;
import io.northwind.flags.flags.rules.RuleLexer.Token;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Public endpoints called by the web app and by product backends. */
public final class FlagRoutes {

    static final String SESSION_HEADER = "X-Session-Token";

    private static final Logger log = LoggerFactory.getLogger(FlagRoutes.class);

    private final ServiceConfig cfg;
    private final FlagEvaluator evaluator;
    private final RuleLexer lexer = new RuleLexer();

    public FlagRoutes(ServiceConfig cfg, FlagEvaluator evaluator) {
        this.cfg = cfg;
        this.evaluator = evaluator;
    }

    public void register(Javalin app) {
        app.get("/bootstrap", this::bootstrap);
        app.get("/flags/{flagKey}", this::evaluate);
        app.post("/rules/validate", this::validateRule);
    }

    /** posthog-js init values for the browser: project key and host only. */
    private void bootstrap(Context ctx) {
        ctx.json(Map.of("apiKey", cfg.projectApiKey(), "apiHost", cfg.posthogHost()));
    }

    private void evaluate(Context ctx) {
        String distinctId = ctx.queryParam("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            throw new BadRequestResponse("distinct_id is required");
        }
        var request = new EvaluationRequest(
                ctx.pathParam("flagKey"),
                distinctId,
                ctx.header(SESSION_HEADER),
                Map.of("plan", ctx.queryParamAsClass("plan", String.class).getOrDefault("free")));
        FlagDecision decision = evaluator.evaluate(request);
        ctx.json(FlagEvaluator.toBody(decision));
    }

    private void validateRule(Context ctx) {
        List<Token> tokens = lexer.tokenize(ctx.body());
        int tokenCount = tokens.size();
        Token token = tokens.getFirst();
        log.debug("rule validated: tokenCount={} first token={}", tokenCount, token);
        ctx.json(Map.of("valid", true, "tokens", tokenCount));
    }
}
