package io.github.posthogguard.flow;

import com.github.javaparser.ast.Node;

/**
 * A secret value and where it came from.
 *
 * @param posthogKey whether it is a PostHog personal or secret key (else another secret)
 * @param what how messages name it, e.g. "PostHog personal API key from POSTHOG_PERSONAL_API_KEY";
 *     never the value itself
 * @param origin the source expression, shown as a secondary location
 */
public record Secret(boolean posthogKey, String what, Node origin) {}
