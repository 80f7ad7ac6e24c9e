package io.trailmark.analytics;

import android.content.Context;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import com.posthog.PostHogInterface;
import com.posthog.android.PostHogAndroid;
import com.posthog.android.PostHogAndroidConfig;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Public facade of the Trailmark analytics library. Apps call {@link #setup} once (or let
 * {@link AnalyticsInitializer} do it from manifest meta-data) and then use {@link #get()}.
 */
public final class Analytics {

    private static final String TAG = "TrailmarkAnalytics";
    private static final String FLAG_CACHE_FILE = "trailmark_flag_definitions.json";

    private static volatile Analytics instance;

    private final Context appContext;
    private final AnalyticsOptions options;
    private final PostHogInterface posthog;
    @Nullable
    private final FlagDefinitionsClient flagClient;
    private final ExecutorService io = Executors.newSingleThreadExecutor();

    private Analytics(Context context, AnalyticsOptions options) {
        this.appContext = context.getApplicationContext();
        this.options = options;

        PostHogAndroidConfig config = new PostHogAndroidConfig(options.getApiKey(), options.getHost());
        config.setDebug(options.isDebug());
        config.setFlushAt(options.getFlushAt());
        config.setCaptureScreenViews(options.isCaptureScreenViews());
        config.setCaptureApplicationLifecycleEvents(true);
        this.posthog = PostHogAndroid.Companion.with(appContext, config);

        this.flagClient = options.hasLocalEvaluation()
                ? new FlagDefinitionsClient(options.getHost(), options.getApiKey(), options.getFlagsSecureKey())
                : null;
    }

    @NonNull
    public static synchronized Analytics setup(@NonNull Context context, @NonNull AnalyticsOptions options) {
        if (instance != null) {
            Log.w(TAG, "Analytics.setup() called twice, keeping the first configuration");
            return instance;
        }
        Log.i(TAG, "Configuring analytics: " + options);
        instance = new Analytics(context, options);
        if (instance.flagClient != null) {
            Log.i(TAG, "Local flag evaluation enabled with " + KeyMasker.mask(options.getFlagsSecureKey()));
            instance.refreshFlagDefinitions();
        }
        return instance;
    }

    public static boolean isConfigured() {
        return instance != null;
    }

    @NonNull
    public static Analytics get() {
        Analytics current = instance;
        if (current == null) {
            throw new IllegalStateException("Analytics.setup() has not been called");
        }
        return current;
    }

    @NonNull
    public AnalyticsOptions getOptions() {
        return options;
    }

    public void track(@NonNull String event, @Nullable Map<String, Object> properties) {
        posthog.capture(event, null, properties, null, null, null);
    }

    public void screen(@NonNull String screenTitle, @Nullable Map<String, Object> properties) {
        posthog.screen(screenTitle, properties);
    }

    public void identify(@NonNull String userId, @Nullable Map<String, Object> traits) {
        posthog.identify(userId, traits, null);
    }

    public boolean isEnabled(@NonNull String flag, boolean fallback) {
        return posthog.isFeatureEnabled(flag, fallback);
    }

    public void optOut() {
        posthog.optOut();
    }

    public void optIn() {
        posthog.optIn();
    }

    public void flush() {
        posthog.flush();
    }

    public void reset() {
        posthog.reset();
    }

    public void refreshFlagDefinitions() {
        if (flagClient == null) {
            return;
        }
        io.execute(() -> {
            try {
                String json = flagClient.fetch();
                File cache = new File(appContext.getFilesDir(), FLAG_CACHE_FILE);
                try (FileOutputStream out = new FileOutputStream(cache)) {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                }
                Log.d(TAG, "Cached flag definitions, " + json.length() + " bytes");
            } catch (IOException e) {
                Log.w(TAG, "Flag definitions refresh failed", e);
            }
        });
    }
}
