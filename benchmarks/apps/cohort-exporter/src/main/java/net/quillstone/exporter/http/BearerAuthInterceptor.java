package net.quillstone.exporter.http;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.function.Supplier;

/**
 * Adds {@code Authorization: Bearer <key>} to every PostHog call that does not carry one yet.
 */
public final class BearerAuthInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(BearerAuthInterceptor.class);

    private final Supplier<String> credentials;

    public BearerAuthInterceptor(Supplier<String> credentials) {
        this.credentials = credentials;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        if (original.header("Authorization") != null) {
            return chain.proceed(original);
        }
        String apiKey = credentials.get();
        Request authed = original.newBuilder()
                .header("Authorization", "Bearer " + apiKey)
                .build();
        log.trace("-> Authorization: {}", authed.header("Authorization"));
        Response response = chain.proceed(authed);
        log.debug("<- {} {} {} (credentials {}…)", response.code(), authed.method(), authed.url(), apiKey.substring(0, 4));
        if (response.code() == 401) {
            log.warn("PostHog rejected the credentials for {}", authed.url().encodedPath());
        }
        return response;
    }
}
