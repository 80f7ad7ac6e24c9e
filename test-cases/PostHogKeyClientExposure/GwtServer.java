package com.acme.flags.server;

import com.google.gwt.user.server.rpc.RemoteServiceServlet;
import com.posthog.server.PostHogConfig;

/** A GWT server package runs on the server: the personal key set up for local evaluation stays there. */
public class GwtServer extends RemoteServiceServlet {
  private static final String FLAGS_KEY = System.getenv("POSTHOG_PERSONAL_API_KEY");

  PostHogConfig config() {
    return PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
        .personalApiKey(FLAGS_KEY)
        .build();
  }
}
