package dev.northwind.flaghub.ws;

import dev.northwind.flaghub.model.ClientCommand;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.websocket.DecodeException;
import jakarta.websocket.Decoder;
import jakarta.websocket.EndpointConfig;

/** Parses JSON text frames into {@link ClientCommand}s. */
public class ClientCommandDecoder implements Decoder.Text<ClientCommand> {

    private Jsonb jsonb;

    @Override
    public void init(EndpointConfig config) {
        jsonb = JsonbBuilder.create();
    }

    @Override
    public ClientCommand decode(String s) throws DecodeException {
        try {
            return jsonb.fromJson(s, ClientCommand.class);
        } catch (JsonbException e) {
            throw new DecodeException(s, "malformed command", e);
        }
    }

    @Override
    public boolean willDecode(String s) {
        return s != null && s.trim().startsWith("{");
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
