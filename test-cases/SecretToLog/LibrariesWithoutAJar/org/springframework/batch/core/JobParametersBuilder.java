package org.springframework.batch.core;

/** Spring Batch's job parameters builder, as far as the case needs it (no bodies: the models say). */
public class JobParametersBuilder {
  public native JobParametersBuilder addString(String key, String parameter);

  public native JobParametersBuilder addString(String key, String parameter, boolean identifying);

  public native JobParametersBuilder addLong(String key, Long parameter);

  public native JobParameters toJobParameters();
}
