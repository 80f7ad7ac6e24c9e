package io.github.posthogguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.docs.RuleDocs;

/** See {@code rules-docs/PostHogKeyMisuse.md}. */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A PostHog personal or secret key is passed where a PostHog SDK wants the public project"
            + " key, or a project key where it wants the personal API key",
    severity = ERROR,
    linkType = CUSTOM,
    link = RuleDocs.URL_BASE + "PostHogKeyMisuse.md",
    tags = BugPattern.StandardTags.LIKELY_ERROR)
public final class PostHogKeyMisuse extends AnalyzerBackedCheck {}
