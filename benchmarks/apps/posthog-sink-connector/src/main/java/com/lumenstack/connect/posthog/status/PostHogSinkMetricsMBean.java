package com.lumenstack.connect.posthog.status;

/**
 * JMX view, registered as {@code com.lumenstack.connect:type=PostHogSink,name=<connector>}.
 */
public interface PostHogSinkMetricsMBean {

    String getState();

    long getRecordsSent();

    long getRecordsFailed();

    long getLastFlushEpochMillis();

    boolean isLocalEvaluationEnabled();

    String getLastError();
}
