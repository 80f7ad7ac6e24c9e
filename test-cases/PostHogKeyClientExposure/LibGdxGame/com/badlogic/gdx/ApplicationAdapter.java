package com.badlogic.gdx;

/** libGDX's application listener, as far as the case needs it. */
public class ApplicationAdapter {
  public void create() {}

  public void render() {}
}
