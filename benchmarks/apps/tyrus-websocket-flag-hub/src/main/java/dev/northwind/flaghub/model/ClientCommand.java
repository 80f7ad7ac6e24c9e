package dev.northwind.flaghub.model;

import java.util.List;

/**
 * Command sent by a browser or the admin console over the socket, e.g.
 * {@code {"action":"subscribe","flags":["new-checkout"],"authToken":"..."}}.
 */
public record ClientCommand(String action, List<String> flags, String authToken) {

    public boolean isSubscribe() {
        return "subscribe".equals(action);
    }
}
