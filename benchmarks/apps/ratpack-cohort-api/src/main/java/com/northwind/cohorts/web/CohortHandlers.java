package com.northwind.cohorts.web;

import static ratpack.jackson.Jackson.json;

import com.northwind.cohorts.cohort.CohortService;
import com.northwind.cohorts.cohort.filter.FilterLexer;
import com.northwind.cohorts.cohort.filter.FilterLexer.Token;
import com.northwind.cohorts.posthog.PostHogAdminApi.Cohort;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.func.Action;
import ratpack.handling.Chain;
import ratpack.handling.Context;

/**
 * Routes under /api/cohorts.
 */
public final class CohortHandlers implements Action<Chain> {

    private static final Logger log = LoggerFactory.getLogger(CohortHandlers.class);

    @Override
    public void execute(Chain chain) {
        chain
                .get(ctx -> list(ctx))
                .get(":id", ctx -> show(ctx));
    }

    private void list(Context ctx) {
        String filter = ctx.getRequest().getQueryParams().get("q");
        List<Token> tokens = new FilterLexer(filter).tokenize();
        for (Token token : tokens) {
            log.trace("filter token {}", token);
        }
        String needle = tokens.stream()
                .filter(t -> t.type() == FilterLexer.TokenType.STRING)
                .map(Token::text)
                .findFirst()
                .orElse("")
                .toLowerCase(Locale.ROOT);

        ctx.get(CohortService.class).listAll()
                .map(all -> all.stream()
                        .filter(c -> c.name() != null && c.name().toLowerCase(Locale.ROOT).contains(needle))
                        .collect(Collectors.toList()))
                .then(cohorts -> ctx.render(json(cohorts)));
    }

    private void show(Context ctx) {
        long id = Long.parseLong(ctx.getPathTokens().get("id"));
        ctx.get(CohortService.class).get(id)
                .then((Cohort cohort) -> ctx.render(json(cohort)));
    }
}
