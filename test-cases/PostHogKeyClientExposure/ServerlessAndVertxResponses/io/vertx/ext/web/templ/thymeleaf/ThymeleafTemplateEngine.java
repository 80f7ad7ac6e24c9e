package io.vertx.ext.web.templ.thymeleaf;

/** A stub of one of Vert.x Web's template engines. */
public interface ThymeleafTemplateEngine extends io.vertx.ext.web.common.template.TemplateEngine {}
