package com.acme.posthog.admin.auth;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds the personal API key as a bearer token to every call made to the PostHog private API.
 */
public final class BearerAuthInterceptor implements Interceptor {

    public static final String AUTHORIZATION = "Authorization";

    private final String personalApiKey;

    public BearerAuthInterceptor(String personalApiKey) {
        this.personalApiKey = personalApiKey;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        if (original.header(AUTHORIZATION) != null) {
            return chain.proceed(original);
        }
        Request authenticated = original.newBuilder()
                .header(AUTHORIZATION, "Bearer " + personalApiKey)
                .build();
        return chain.proceed(authenticated);
    }
}
