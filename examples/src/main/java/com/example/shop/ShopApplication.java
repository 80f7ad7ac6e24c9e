package com.example.shop;

import com.example.shop.analytics.AnalyticsConfig;
import com.posthog.server.PostHogInterface;

/** Starts the shop and records that it did. */
public final class ShopApplication {
  private ShopApplication() {}

  public static void main(String[] args) {
    PostHogInterface posthog = AnalyticsConfig.create();
    posthog.capture("shop-server", "server started");
    posthog.close();
  }
}
