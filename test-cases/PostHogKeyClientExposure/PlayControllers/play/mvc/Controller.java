package play.mvc;

/** A stand-in for Play's Controller, which is a Results. */
public abstract class Controller extends Results {}
