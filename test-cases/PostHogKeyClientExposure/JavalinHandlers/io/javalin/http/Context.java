package io.javalin.http;

/** Javalin's request context, as far as the case needs it (Javalin is not on the test classpath). */
public interface Context {
  String header(String name);

  Context header(String name, String value);

  java.util.Map<String, String> headerMap();

  String cookie(String name);

  Context cookie(String name, String value);

  Context cookie(String name, String value, int maxAge);

  Context status(int status);

  void redirect(String location);

  Context json(Object body);

  Context result(String body);

  Context html(String body);

  Context render(String template, java.util.Map<String, ?> model);

  Context render(String template);

  jakarta.servlet.http.HttpServletRequest req();

  jakarta.servlet.http.HttpServletResponse res();
}
