package app;

import io.javalin.http.Context;

/** A record another file built from the configuration: its components hold what it was given. */
public class FlagKeyRoutes {
  private final FlagKeySettings settings;

  FlagKeyRoutes(FlagKeySettings settings) {
    this.settings = settings;
  }

  void bootstrap(Context ctx) {
    ctx.cookie("ph_flags", settings.secretKey()); // Noncompliant
    ctx.json(settings.redacted());
    ctx.cookie("ph_host", settings.host());
  }
}
