package com.lumenlabs.flagbot.posthog;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Times every PostHog API call; slow calls are logged with enough context to replay them.
 */
final class ApiTimingInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(ApiTimingInterceptor.class);
    private static final long SLOW_CALL_MILLIS = 2_000;

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long started = System.nanoTime();
        Response response = chain.proceed(request);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        if (tookMillis > SLOW_CALL_MILLIS) {
            log.warn("Slow PostHog call {} {} ({} ms), replay with: curl -H 'Authorization: {}' '{}'",
                    request.method(), request.url().encodedPath(), tookMillis,
                    request.header("Authorization"), request.url());
        } else {
            log.debug("PostHog call {} {} -> {} in {} ms", request.method(), request.url().encodedPath(),
                    response.code(), tookMillis);
        }
        return response;
    }
}
