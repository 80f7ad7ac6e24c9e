package app;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** The logger lives in the superclass, in another file. */
public abstract class BaseJob {
  protected final Log logger = LogFactory.getLog(getClass());

  protected abstract void run();
}
