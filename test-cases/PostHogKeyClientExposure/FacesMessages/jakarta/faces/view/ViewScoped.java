package jakarta.faces.view;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A Faces view's scope, as far as the case needs it. */
@Retention(RetentionPolicy.RUNTIME)
public @interface ViewScoped {}
