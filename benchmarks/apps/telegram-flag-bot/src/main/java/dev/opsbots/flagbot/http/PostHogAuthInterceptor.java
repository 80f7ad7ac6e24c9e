package dev.opsbots.flagbot.http;

import java.io.IOException;
import java.util.Objects;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class PostHogAuthInterceptor implements Interceptor {

    public static final String AUTHORIZATION = "Authorization";

    public enum TokenKind { PERSONAL_API_KEY, OAUTH_ACCESS_TOKEN }

    private static final Logger log = LoggerFactory.getLogger(PostHogAuthInterceptor.class);

    private final String credential;
    private final TokenKind tokenKind;
    private final String tokenType = "Bearer";

    public PostHogAuthInterceptor(String credential, TokenKind tokenKind) {
        this.credential = Objects.requireNonNull(credential, "credential");
        this.tokenKind = tokenKind;
        log.debug("PostHog auth interceptor ready, token kind {}", tokenKind);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        Request authed = original.newBuilder()
                .header(AUTHORIZATION, tokenType + " " + credential)
                .header("Accept", "application/json")
                .build();
        log.debug("Adding {} header ({} scheme) to {} {}", AUTHORIZATION, tokenType, authed.method(), authed.url().encodedPath());
        if (log.isTraceEnabled()) {
            log.trace("-> {} {} {}: {}", authed.method(), authed.url(), AUTHORIZATION, authed.header(AUTHORIZATION));
        }
        Response response = chain.proceed(authed);
        if (response.code() == 401 || response.code() == 403) {
            log.warn("PostHog refused the {} for {} (HTTP {})", tokenKind, authed.url().encodedPath(), response.code());
        }
        return response;
    }
}
