package jakarta.enterprise.context;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A CDI scope, as far as the case needs it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationScoped {}
