package io.vertx.ext.web.templ.handlebars;

/** A stub of one of Vert.x Web's template engines. */
public interface HandlebarsTemplateEngine extends io.vertx.ext.web.common.template.TemplateEngine {}
