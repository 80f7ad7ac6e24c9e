package io.flagpulse.android.ws;

import android.content.Context;

import androidx.annotation.Nullable;

import java.util.concurrent.TimeUnit;

import io.flagpulse.android.BuildConfig;
import io.flagpulse.android.config.PulseConfig;
import io.flagpulse.android.security.SecurePrefs;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.WebSocket;

/** Owns the single long-lived WebSocket to the FlagPulse relay. */
public class FlagSocketClient {

    private final Context appContext;
    private final SecurePrefs prefs;
    private final OkHttpClient client;

    @Nullable
    private WebSocket webSocket;

    public FlagSocketClient(Context context, SecurePrefs prefs) {
        this.appContext = context.getApplicationContext();
        this.prefs = prefs;
        this.client = new OkHttpClient.Builder()
                .pingInterval(PulseConfig.PING_INTERVAL_SECONDS, TimeUnit.SECONDS)
                .readTimeout(0, TimeUnit.MILLISECONDS)
                .retryOnConnectionFailure(true)
                .build();
    }

    public synchronized void connect() {
        if (webSocket != null) {
            return;
        }
        String relayToken = prefs.getRelayToken();
        Request.Builder builder = new Request.Builder()
                .url(BuildConfig.RELAY_URL + PulseConfig.RELAY_SOCKET_PATH)
                .header(PulseConfig.HEADER_API_KEY, BuildConfig.POSTHOG_PROJECT_KEY)
                .header(PulseConfig.HEADER_DEVICE_ID, prefs.getOrCreateDeviceId());
        if (relayToken != null) {
            builder.header("Authorization", "Bearer " + relayToken);
        }
        webSocket = client.newWebSocket(builder.build(), new FlagSocketListener(appContext, prefs, this));
    }

    public synchronized void disconnect(String reason) {
        if (webSocket != null) {
            webSocket.close(PulseConfig.SOCKET_NORMAL_CLOSE, reason);
            webSocket = null;
        }
    }

    public synchronized boolean send(String text) {
        return webSocket != null && webSocket.send(text);
    }

    synchronized void onSocketGone() {
        webSocket = null;
    }
}
