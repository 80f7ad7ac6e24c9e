package com.northwind.flags.bus;

/**
 * Event bus addresses shared between the verticles.
 */
public final class Addresses {

  public static final String FLAGS_EVALUATE = "flags.evaluate";
  public static final String FLAGS_DIAGNOSE = "flags.diagnose";
  public static final String FLAGS_SYNC_NOW = "flags.sync.now";
  public static final String FLAGS_SYNC_STATUS = "flags.sync.status";
  public static final String FLAGS_SYNCED = "flags.synced";
  public static final String CAPTURE_FORWARD = "capture.forward";
  public static final String CAPTURE_BATCH = "capture.batch";
  public static final String CAPTURE_BACKFILL = "capture.backfill";

  private Addresses() {
  }
}
