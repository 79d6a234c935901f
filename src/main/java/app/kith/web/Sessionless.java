package app.kith.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller that answers clients without a browser (a calendar app reading its feed): its
 * requests get no page frame, so no CSRF token and no session is made for each poll.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Sessionless {
}
