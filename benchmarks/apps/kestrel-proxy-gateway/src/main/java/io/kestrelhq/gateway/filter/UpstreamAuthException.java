package io.kestrelhq.gateway.filter;

public class UpstreamAuthException extends RuntimeException {

    private final String routeId;

    public UpstreamAuthException(String routeId, String message) {
        super(message);
        this.routeId = routeId;
    }

    public String getRouteId() {
        return routeId;
    }
}
