package io.flagpulse.android.ws;

import androidx.annotation.Nullable;

import org.json.JSONException;
import org.json.JSONObject;

/** One frame pushed by the relay over the flag socket. */
public final class FlagUpdateMessage {

    public enum Type { BOOTSTRAP, FLAGS_CHANGED, SESSION_ROTATED, PING }

    private final Type type;
    private final long sequenceToken;
    @Nullable private final String sessionId;
    @Nullable private final String sessionToken;
    @Nullable private final String flagsJson;

    private FlagUpdateMessage(Type type, long sequenceToken, @Nullable String sessionId,
                              @Nullable String sessionToken, @Nullable String flagsJson) {
        this.type = type;
        this.sequenceToken = sequenceToken;
        this.sessionId = sessionId;
        this.sessionToken = sessionToken;
        this.flagsJson = flagsJson;
    }

    static FlagUpdateMessage parse(String raw) throws JSONException {
        JSONObject json = new JSONObject(raw);
        JSONObject flags = json.optJSONObject("flags");
        return new FlagUpdateMessage(
                Type.valueOf(json.getString("type")),
                json.optLong("seq", 0L),
                json.optString("sessionId", null),
                json.optString("sessionToken", null),
                flags != null ? flags.toString() : null);
    }

    public Type getType() {
        return type;
    }

    public long getSequenceToken() {
        return sequenceToken;
    }

    @Nullable
    public String getSessionId() {
        return sessionId;
    }

    @Nullable
    public String getSessionToken() {
        return sessionToken;
    }

    @Nullable
    public String getFlagsJson() {
        return flagsJson;
    }

    @Override
    public String toString() {
        return "FlagUpdateMessage{type=" + type
                + ", seq=" + sequenceToken
                + ", sessionId=" + sessionId
                + ", sessionToken=" + sessionToken
                + ", flags=" + (flagsJson != null ? flagsJson.length() + " chars" : "none")
                + '}';
    }
}
