package io.vertx.ext.web.templ.pebble;

/** A stub of one of Vert.x Web's template engines. */
public interface PebbleTemplateEngine extends io.vertx.ext.web.common.template.TemplateEngine {}
