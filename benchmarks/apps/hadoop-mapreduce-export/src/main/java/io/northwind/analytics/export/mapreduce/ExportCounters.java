package io.northwind.analytics.export.mapreduce;

public enum ExportCounters {
    RECORDS_READ,
    RECORDS_MALFORMED,
    RECORDS_MISSING_SESSION_ID,
    RECORDS_INVALID_TOKEN,
    EVENTS_SENT,
    INGEST_FAILURES
}
