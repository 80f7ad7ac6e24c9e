package com.helpdeskly.flaginspector.gateway;

/** The support gateway refused the agent's credentials. */
public class GatewayAuthException extends RuntimeException {

    public GatewayAuthException(String message) {
        super(message);
    }
}
