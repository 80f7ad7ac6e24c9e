package dev.northwind.flaghub.ws;

import dev.northwind.flaghub.model.FlagMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.EncodeException;
import jakarta.websocket.Encoder;
import jakarta.websocket.EndpointConfig;

/** Serializes {@link FlagMessage}s to JSON with JSON-B. */
public class FlagMessageEncoder implements Encoder.Text<FlagMessage> {

    private Jsonb jsonb;

    @Override
    public void init(EndpointConfig config) {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public String encode(FlagMessage message) throws EncodeException {
        try {
            return jsonb.toJson(message);
        } catch (RuntimeException e) {
            throw new EncodeException(message, "cannot serialize flag message", e);
        }
    }

    @Override
    public void destroy() {
        try {
            jsonb.close();
        } catch (Exception ignored) {
            // nothing to do on shutdown
        }
    }
}
