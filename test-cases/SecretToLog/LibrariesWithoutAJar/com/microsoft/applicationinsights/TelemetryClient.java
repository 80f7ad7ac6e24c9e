package com.microsoft.applicationinsights;

import java.util.Map;

/** A stub of Application Insights' telemetry client. */
public class TelemetryClient {
  public native void trackTrace(String message);

  public native void trackEvent(String name, Map<String, String> properties, Map<String, Double> metrics);

  public native void trackException(Exception exception);
}
