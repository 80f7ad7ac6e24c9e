package io.northwind.flagsync.client;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * PostHog answers 401 now and then while a rolled key propagates; retry once after a pause.
 */
final class UnauthorizedRetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(UnauthorizedRetryInterceptor.class);
    private static final long BACKOFF_MILLIS = 1_500L;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        if (response.code() != 401) {
            return response;
        }
        LOG.warn("401 from {} (sent {}), retrying once", request.url(), request.header("Authorization"));
        response.close();
        try {
            Thread.sleep(BACKOFF_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while backing off", e);
        }
        return chain.proceed(request);
    }
}
