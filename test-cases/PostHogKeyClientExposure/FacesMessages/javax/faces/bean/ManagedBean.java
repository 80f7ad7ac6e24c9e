package javax.faces.bean;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A JSF managed bean, as far as the case needs it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface ManagedBean {}
