package dev.northwind.flaghub.ws;

import jakarta.servlet.http.HttpSession;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;

/**
 * Copies the connection token (query parameter {@code token}) and the HTTP session into the
 * endpoint's user properties so that {@code @OnOpen} can authorize the socket.
 */
public class HandshakeAuthConfigurator extends ServerEndpointConfig.Configurator {

    public static final String TOKEN_PROPERTY = "flaghub.token";
    public static final String HTTP_SESSION_PROPERTY = "flaghub.httpSession";

    @Override
    public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
        Map<String, List<String>> params = request.getParameterMap();
        List<String> tokens = params.get("token");
        if (tokens != null && !tokens.isEmpty()) {
            sec.getUserProperties().put(TOKEN_PROPERTY, tokens.get(0));
        }
        Object httpSession = request.getHttpSession();
        if (httpSession instanceof HttpSession session) {
            sec.getUserProperties().put(HTTP_SESSION_PROPERTY, session);
        }
    }

    @Override
    public boolean checkOrigin(String originHeaderValue) {
        return originHeaderValue == null
                || originHeaderValue.startsWith("https://app.northwind.dev")
                || originHeaderValue.startsWith("http://localhost:");
    }
}
