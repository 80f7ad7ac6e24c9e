package dev.brightpath.cohorts;

import java.nio.file.Path;
import java.time.Duration;

/** Outcome of one cohort export. */
public record ExportStats(long cohortId, int rows, int pages, Path file, Duration took) {}
