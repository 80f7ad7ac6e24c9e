package io.github.posthogguard.errorprone;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.posthogguard.docs.RuleDocs;

/** See {@code rules-docs/PostHogDebugLogsPersonalKey.md}. */
@AutoService(BugChecker.class)
@BugPattern(
    summary =
        "A posthog-server PostHogConfig has debug logging on and a personal API key set, so every"
            + " feature-flag poll can print the key to standard output",
    severity = ERROR,
    linkType = CUSTOM,
    link = RuleDocs.URL_BASE + "PostHogDebugLogsPersonalKey.md",
    tags = BugPattern.StandardTags.LIKELY_ERROR)
public final class PostHogDebugLogsPersonalKey extends AnalyzerBackedCheck {}
