package com.acme.flags.filters;

import org.apache.pekko.stream.Materializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.mvc.Filter;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Access log with timings; adds X-Response-Time to every response.
 */
public class RequestLoggingFilter extends Filter {

    private static final Logger log = LoggerFactory.getLogger("access");

    @Inject
    public RequestLoggingFilter(Materializer mat) {
        super(mat);
    }

    @Override
    public CompletionStage<Result> apply(Function<Http.RequestHeader, CompletionStage<Result>> next,
                                         Http.RequestHeader rh) {
        long start = System.nanoTime();
        String authorization = rh.header(Http.HeaderNames.AUTHORIZATION).orElse("-");
        return next.apply(rh).thenApply(result -> {
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            log.info("{} {} -> {} in {} ms auth={}", rh.method(), rh.uri(), result.status(), tookMs, authorization);
            return result.withHeader("X-Response-Time", tookMs + "ms");
        });
    }
}
