package com.northwind.cohorts.web;

import static ratpack.jackson.Jackson.json;

import com.northwind.cohorts.cohort.CohortSyncException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.error.ServerErrorHandler;
import ratpack.handling.Context;

public class JsonErrorHandler implements ServerErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorHandler.class);

    @Override
    public void error(Context ctx, Throwable throwable) {
        log.warn("{} {} failed: {}", ctx.getRequest().getMethod(), ctx.getRequest().getUri(),
                throwable.getClass().getSimpleName());

        if (throwable instanceof CohortSyncException sync) {
            ctx.getResponse().status(sync.getUpstreamStatus() == 401 ? 502 : sync.getUpstreamStatus());
            ctx.render(json(Map.of("error", "cohort_sync_failed", "detail", sync.getMessage())));
            return;
        }
        ctx.getResponse().status(500);
        ctx.render(json(Map.of("error", "internal_error")));
    }
}
