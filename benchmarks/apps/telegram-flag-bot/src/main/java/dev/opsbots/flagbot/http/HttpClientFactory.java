package dev.opsbots.flagbot.http;

import dev.opsbots.flagbot.config.Defaults;
import dev.opsbots.flagbot.config.PostHogSettings;
import dev.opsbots.flagbot.http.PostHogAuthInterceptor.TokenKind;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public final class HttpClientFactory {

    private static final Logger log = LoggerFactory.getLogger(HttpClientFactory.class);
    private static final Logger wire = LoggerFactory.getLogger("okhttp3.wire");

    private HttpClientFactory() {
    }

    public static OkHttpClient posthogClient(PostHogSettings settings) {
        boolean oauth = settings.getOauthAccessToken() != null;
        PostHogAuthInterceptor auth = oauth
                ? new PostHogAuthInterceptor(settings.getOauthAccessToken(), TokenKind.OAUTH_ACCESS_TOKEN)
                : new PostHogAuthInterceptor(settings.getPersonalApiKey(), TokenKind.PERSONAL_API_KEY);

        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(wire::debug);
        logging.setLevel(HttpLoggingInterceptor.Level.valueOf(settings.getHttpLogLevel()));
        log.info("PostHog HTTP client: oauth={}, log level {}", oauth, settings.getHttpLogLevel());

        return new OkHttpClient.Builder()
                .callTimeout(Defaults.HTTP_TIMEOUT)
                .addInterceptor(auth)
                .addInterceptor(logging)
                .build();
    }

    public static OkHttpClient statusPageClient() {
        HttpLoggingInterceptor logging = new HttpLoggingInterceptor(wire::debug);
        logging.redactHeader(PostHogAuthInterceptor.AUTHORIZATION);
        logging.redactHeader("Cookie");
        logging.setLevel(HttpLoggingInterceptor.Level.HEADERS);
        return new OkHttpClient.Builder()
                .callTimeout(Defaults.HTTP_TIMEOUT)
                .addInterceptor(logging)
                .build();
    }
}
