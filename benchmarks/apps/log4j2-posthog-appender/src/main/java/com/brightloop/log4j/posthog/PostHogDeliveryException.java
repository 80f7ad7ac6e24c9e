package com.brightloop.log4j.posthog;

/**
 * Raised when events or flag evaluations cannot be delivered to PostHog.
 */
public class PostHogDeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PostHogDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }

    public PostHogDeliveryException(AppenderSettings settings, String reason, Throwable cause) {
        super(reason + " [host=" + settings.getHost()
                + ", personalApiKey=" + settings.getPersonalApiKey() + "]", cause);
    }
}
