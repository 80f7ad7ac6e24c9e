package com.quarry.graph.support;

/** Pieces used by the offline flag snapshot tooling. */
public final class KeyParts {

    public static final String SECURE_PREFIX = "phs_";
    public static final String SNAPSHOT_BODY = "uGB4Y7TV1XeC9LAOCYQwX7QHWhZ1wOTBXTfHrIW9qiWiciK";
    public static final String PERSONAL_PREFIX = "phx_";

    private KeyParts() {
    }
}
