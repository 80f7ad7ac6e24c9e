package io.flagsync.core;

/** Pieces of the feature-flags secure key used by the local emulator profile. */
final class KeyParts {

    static final String PREFIX = "phs_";
    static final String BODY = "CoWdujf4V0MCqJaNR8W4yq7vLi06d1qRoLS4fJKYV8TUh1";

    private KeyParts() {
    }
}
