package io.vertx.ext.web.common.template;

/** A stub of Vert.x Web's template engine. */
public interface TemplateEngine {
  io.vertx.core.Future<String> render(java.util.Map<String, Object> context, String templateFileName);

  io.vertx.core.Future<String> render(io.vertx.core.json.JsonObject context, String templateFileName);
}
