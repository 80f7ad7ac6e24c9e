package io.jooby;

import java.util.Map;

/** A template and its model, as far as the case needs it. */
public class ModelAndView {
  public ModelAndView(String view) {}

  public ModelAndView(String view, Map<String, Object> model) {}

  public ModelAndView put(String name, Object value) {
    return this;
  }
}
