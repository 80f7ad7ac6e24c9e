package app;

import io.javalin.http.Context;

/** The whole configuration as JSON: its personal key goes with the database password. */
public class AdminRoutes {
  private final JavalinSettings cfg;

  public AdminRoutes(JavalinSettings cfg) {
    this.cfg = cfg;
  }

  void config(Context ctx) {
    ctx.json(cfg); // Noncompliant
  }

  void environment(Context ctx) {
    ctx.json(cfg.env());
  }
}
