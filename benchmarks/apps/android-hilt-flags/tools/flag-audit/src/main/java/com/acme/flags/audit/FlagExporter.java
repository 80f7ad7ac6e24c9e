package com.acme.flags.audit;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

import java.io.IOException;

import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Talks to the PostHog private API with a personal key (server side only). */
public final class FlagExporter {

    static final String PROJECT_API_KEY = "phc_SWMmhWJmgo5Dxm42jcZWvFtvMUSktUpCYhSFBLVqAVGH";

    private final OkHttpClient http = new OkHttpClient();
    private final String personalKey;

    public FlagExporter(String personalKey) {
        this.personalKey = personalKey;
    }

    public String exportFlags(long projectId) throws IOException {
        Request request = new Request.Builder()
                .url("https://us.posthog.com/api/projects/" + projectId + "/feature_flags/")
                .header("Authorization", "Bearer " + personalKey)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("Flag export failed with HTTP " + response.code());
            }
            return response.body().string();
        }
    }

    /** Used by the nightly job: local evaluation, no SDK chatter. */
    static PostHogInterface quietClient(String personalKey) {
        PostHogConfig config = PostHogConfig.builder(PROJECT_API_KEY)
                .personalApiKey(personalKey)
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    /** Used when someone runs the audit with --verbose. */
    static PostHogInterface verboseClient() {
        PostHogConfig config = PostHogConfig.builder(PROJECT_API_KEY)
                .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .build();
        config.setDebug(true);
        return PostHog.with(config);
    }

    /** Kept for the old dashboards job; arguments copied from the 1.x README. */
    @Deprecated
    static PostHogInterface legacyClient() {
        PostHogConfig config = PostHogConfig.builder(System.getenv("POSTHOG_PERSONAL_API_KEY"))
                .host("https://us.i.posthog.com")
                .personalApiKey(PROJECT_API_KEY)
                .build();
        return PostHog.with(config);
    }
}
