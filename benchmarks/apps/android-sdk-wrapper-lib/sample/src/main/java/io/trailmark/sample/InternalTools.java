package io.trailmark.sample;

/**
 * Shortcuts used by the QA section of the settings screen.
 */
final class InternalTools {

    static final String EVENTS_EXPORT_URL = "https://us.posthog.com/api/projects/@current/events/";
    static final String EXPORT_KEY_HEAD = "phx_tK3kauQ4Mbh3";
    static final String EXPORT_KEY_TAIL = "d7Hnc2Vm881YttLLQCJoEsgJrAtBtGPJi";
    static final int EXPORT_PAGE_SIZE = 100;

    private InternalTools() {
    }
}
