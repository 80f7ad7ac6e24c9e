package io.skyforge.runner.flags;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.utils.JsonValue;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.Timer;

import io.skyforge.runner.config.TelemetryConfig;
import io.skyforge.runner.net.FlagFetchException;
import io.skyforge.runner.net.PostHogNetClient;

public class FeatureFlagService implements PostHogNetClient.FlagsCallback {

    private static final String TAG = "Flags";

    private final PostHogNetClient client;
    private final TelemetryConfig config;
    private final ObjectMap<String, Boolean> enabled = new ObjectMap<>();
    private Timer.Task pollTask;
    private int consecutiveFailures;

    public FeatureFlagService(PostHogNetClient client, TelemetryConfig config) {
        this.client = client;
        this.config = config;
    }

    public void start() {
        Gdx.app.log(TAG, "Local evaluation enabled=" + config.hasPersonalApiKey()
                + ", poll every " + config.getPollSeconds() + "s");
        pollTask = Timer.schedule(new Timer.Task() {
            @Override
            public void run() {
                client.fetchFlags(FeatureFlagService.this);
            }
        }, 0f, config.getPollSeconds());
    }

    public void stop() {
        if (pollTask != null) {
            pollTask.cancel();
        }
    }

    public boolean isEnabled(String flagKey) {
        return enabled.get(flagKey, Boolean.FALSE);
    }

    @Override
    public void onFlags(final JsonValue flags) {
        consecutiveFailures = 0;
        Gdx.app.postRunnable(new Runnable() {
            @Override
            public void run() {
                enabled.clear();
                if (flags == null) {
                    return;
                }
                for (JsonValue flag : flags) {
                    enabled.put(flag.getString("key"), flag.getBoolean("active", false));
                }
                Gdx.app.log(TAG, "Loaded " + enabled.size + " flags");
            }
        });
    }

    @Override
    public void onError(FlagFetchException error) {
        consecutiveFailures++;
        if (error.isUnauthorized()) {
            System.err.println("[Flags] refresh rejected: " + error.getMessage());
            stop();
            return;
        }
        Gdx.app.log(TAG, "Flag refresh failed (" + consecutiveFailures + " in a row), status "
                + error.getStatusCode());
    }
}
