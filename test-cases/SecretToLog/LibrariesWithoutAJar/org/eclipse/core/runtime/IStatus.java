package org.eclipse.core.runtime;

public interface IStatus {
  int OK = 0;
  int INFO = 1;
  int WARNING = 2;
  int ERROR = 4;

  String getMessage();
}
