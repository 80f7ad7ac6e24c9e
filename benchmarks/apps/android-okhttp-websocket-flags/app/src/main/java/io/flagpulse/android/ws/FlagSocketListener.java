package io.flagpulse.android.ws;

import android.content.Context;
import android.util.JsonReader;
import android.util.JsonToken;
import android.util.Log;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;

import org.json.JSONException;
import org.json.JSONObject;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import io.flagpulse.android.provider.FlagStateProvider;
import io.flagpulse.android.security.SecurePrefs;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

public class FlagSocketListener extends WebSocketListener {

    private static final String TAG = "FlagSocket";

    private final Context appContext;
    private final SecurePrefs prefs;
    private final FlagSocketClient owner;

    FlagSocketListener(Context appContext, SecurePrefs prefs, FlagSocketClient owner) {
        this.appContext = appContext;
        this.prefs = prefs;
        this.owner = owner;
    }

    @Override
    public void onOpen(@NonNull WebSocket webSocket, @NonNull Response response) {
        Log.i(TAG, "Relay socket open (" + response.code() + "), auth " + response.request().header("Authorization"));
        webSocket.send("{\"type\":\"HELLO\",\"deviceId\":\"" + prefs.getOrCreateDeviceId() + "\"}");
    }

    @Override
    public void onMessage(@NonNull WebSocket webSocket, @NonNull String text) {
        FlagUpdateMessage update;
        try {
            update = FlagUpdateMessage.parse(text);
        } catch (JSONException | IllegalArgumentException e) {
            Log.w(TAG, "Dropping malformed relay frame (" + text.length() + " chars)", e);
            return;
        }
        Log.d(TAG, "Relay update " + update);

        switch (update.getType()) {
            case BOOTSTRAP:
            case SESSION_ROTATED:
                if (update.getSessionToken() != null) {
                    prefs.saveRelaySession(update.getSessionId(), update.getSessionToken());
                }
                applyFlags(update);
                break;
            case FLAGS_CHANGED:
                applyFlags(update);
                break;
            case PING:
            default:
                Log.v(TAG, "Keep-alive, sequence token " + update.getSequenceToken());
                break;
        }
    }

    @Override
    public void onClosing(@NonNull WebSocket webSocket, int code, @NonNull String reason) {
        webSocket.close(code, null);
    }

    @Override
    public void onClosed(@NonNull WebSocket webSocket, int code, @NonNull String reason) {
        Log.i(TAG, "Relay socket closed: " + code + " " + reason);
        owner.onSocketGone();
    }

    @Override
    public void onFailure(@NonNull WebSocket webSocket, @NonNull Throwable t, @Nullable Response response) {
        int code = response != null ? response.code() : -1;
        Log.w(TAG, "Relay socket failure, http=" + code, t);
        owner.onSocketGone();
        if (code == 401 || code == 403) {
            prefs.clearSession();
        }
    }

    private void applyFlags(FlagUpdateMessage update) {
        String flagsJson = update.getFlagsJson();
        if (flagsJson == null) {
            return;
        }
        try {
            Map<String, String> values = readFlagValues(flagsJson);
            prefs.saveFlagSnapshot(new JSONObject(values).toString());
            appContext.getContentResolver().notifyChange(FlagStateProvider.CONTENT_URI, null);
        } catch (IOException | IllegalStateException e) {
            Log.w(TAG, "Could not apply flag payload", e);
        }
    }

    private Map<String, String> readFlagValues(String json) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonReader reader = new JsonReader(new StringReader(json))) {
            reader.beginObject();
            while (reader.hasNext()) {
                String flagKey = reader.nextName();
                JsonToken token = reader.peek();
                switch (token) {
                    case BOOLEAN:
                        values.put(flagKey, String.valueOf(reader.nextBoolean()));
                        break;
                    case STRING:
                        values.put(flagKey, reader.nextString());
                        break;
                    default:
                        Log.w(TAG, "Skipping flag " + flagKey + ": unexpected token " + token);
                        reader.skipValue();
                        break;
                }
            }
            reader.endObject();
        }
        return values;
    }
}
