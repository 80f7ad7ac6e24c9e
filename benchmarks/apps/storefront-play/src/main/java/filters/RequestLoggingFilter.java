package filters;

import akka.stream.Materializer;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import play.mvc.Filter;
import play.mvc.Http;
import play.mvc.Result;
import services.Keys;

/**
 * Access log with request correlation ids.
 */
public class RequestLoggingFilter extends Filter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestLoggingFilter.class);

    @Inject
    public RequestLoggingFilter(Materializer mat) {
        super(mat);
    }

    @Override
    public CompletionStage<Result> apply(Function<Http.RequestHeader, CompletionStage<Result>> next, Http.RequestHeader request) {
        long start = System.nanoTime();
        String requestId = request.header(Keys.REQUEST_ID_HEADER).orElseGet(() -> UUID.randomUUID().toString());
        MDC.put("requestId", requestId);
        String sessionCookie = request.getCookie(Keys.SESSION_COOKIE).map(Http.Cookie::value).orElse("");
        MDC.put("session", sessionCookie);

        Optional<String> authorization = request.header(Keys.AUTHORIZATION);
        authorization.ifPresent(value -> LOG.debug("{} {} Authorization: {}", request.method(), request.uri(), value));
        LOG.debug("{} {} authenticated: {}", request.method(), request.uri(), authorization.isPresent());

        return next.apply(request).thenApply(result -> {
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            LOG.info("{} {} -> {} in {} ms", request.method(), request.uri(), result.status(), tookMs);
            MDC.clear();
            return result.withHeader(Keys.REQUEST_ID_HEADER, requestId);
        });
    }
}
