package hudson.model;

/** A stand-in for Jenkins core's Action. */
public interface Action {
  String getDisplayName();
}
