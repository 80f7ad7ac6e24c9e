package org.springframework.batch.core;

/** Spring Batch's job parameters, as far as the case needs them: its toString shows every value. */
public class JobParameters {
  @Override
  public String toString() {
    return "{}";
  }
}
