package hudson.model;

/** A stand-in for Jenkins core's Run (a build), which is an Actionable. */
public abstract class Run {
  public native void addAction(Action action);

  public native String getFullDisplayName();
}
