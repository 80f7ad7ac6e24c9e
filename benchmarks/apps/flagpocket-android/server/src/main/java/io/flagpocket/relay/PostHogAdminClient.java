package io.flagpocket.relay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads flag definitions from PostHog's private API for the inspector page. */
public final class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final String API_BASE = "https://us.posthog.com/api/projects/@current";

    private final OkHttpClient http = new OkHttpClient();
    private final RelaySettings settings;

    public PostHogAdminClient(RelaySettings settings) {
        this.settings = settings;
        log.info("Admin client uses personal key fingerprint {}", sha256(settings.getPersonalApiKey()));
    }

    public String fetchFlagDefinitions() throws IOException {
        Request request = new Request.Builder()
                .url(API_BASE + "/feature_flags/?active=true")
                .header("Authorization", "Bearer " + settings.getPersonalApiKey())
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("PostHog answered " + response.code() + " for flag definitions");
            }
            return body.string();
        }
    }

    /** PostHog's own masking: first 4 and last 4 characters. */
    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
