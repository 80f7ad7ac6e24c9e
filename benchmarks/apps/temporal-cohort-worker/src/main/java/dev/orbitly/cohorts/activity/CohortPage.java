package dev.orbitly.cohorts.activity;

import java.util.List;

/** One page of cohort members; {@code nextCursor} is PostHog's "next" URL or null on the last page. */
public record CohortPage(List<String> distinctIds, String nextCursor) {
}
