package io.github.posthogguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.docs.RuleDocs;

/** See {@code rules-docs/PostHogKeyClientExposure.md}. */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A PostHog personal or secret key reaches an end user's browser or device: a servlet"
            + " response, a Spring MVC or WebFlux response, a JAX-RS response, a WebSocket"
            + " message, a template, Vaadin components, or Android, GWT client or desktop app"
            + " code",
    severity = ERROR,
    linkType = CUSTOM,
    link = RuleDocs.URL_BASE + "PostHogKeyClientExposure.md",
    tags = BugPattern.StandardTags.LIKELY_ERROR)
public final class PostHogKeyClientExposure extends AnalyzerBackedCheck {}
