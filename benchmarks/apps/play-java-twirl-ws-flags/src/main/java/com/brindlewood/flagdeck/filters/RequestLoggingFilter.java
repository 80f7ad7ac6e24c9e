package com.brindlewood.flagdeck.filters;

import akka.stream.Materializer;
import com.brindlewood.flagdeck.util.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.mvc.Filter;
import play.mvc.Http;
import play.mvc.Result;

import javax.inject.Inject;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * Access log for FlagDeck. Registered through play.filters.enabled.
 */
public class RequestLoggingFilter extends Filter {

    private static final Logger log = LoggerFactory.getLogger(RequestLoggingFilter.class);

    @Inject
    public RequestLoggingFilter(Materializer mat) {
        super(mat);
    }

    @Override
    public CompletionStage<Result> apply(Function<Http.RequestHeader, CompletionStage<Result>> next,
                                         Http.RequestHeader rh) {
        long start = System.nanoTime();
        String authorization = rh.header(Http.HeaderNames.AUTHORIZATION).orElse("-");
        String sessionId = rh.session().get("sid").orElse("");

        return next.apply(rh).thenApply(result -> {
            long ms = (System.nanoTime() - start) / 1_000_000;
            log.info("{} {} -> {} in {}ms sid#{}", rh.method(), rh.path(), result.status(), ms, KeyMasker.sha256(sessionId));
            if (result.status() == 401 || result.status() == 403) {
                log.warn("Rejected {} {} (Authorization: {})", rh.method(), rh.path(), authorization);
            }
            log.trace("Request header names: {}", rh.getHeaders().asMap().keySet());
            return result;
        });
    }
}
