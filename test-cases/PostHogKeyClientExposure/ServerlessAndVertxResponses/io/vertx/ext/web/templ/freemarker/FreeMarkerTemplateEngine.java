package io.vertx.ext.web.templ.freemarker;

/** A stub of one of Vert.x Web's template engines. */
public interface FreeMarkerTemplateEngine extends io.vertx.ext.web.common.template.TemplateEngine {}
