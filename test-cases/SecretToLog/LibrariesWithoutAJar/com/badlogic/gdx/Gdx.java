package com.badlogic.gdx;

/** libGDX's global services, as far as the case needs it. */
public class Gdx {
  public static Application app;
}
