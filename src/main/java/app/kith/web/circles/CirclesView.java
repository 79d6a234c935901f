package app.kith.web.circles;

import java.util.List;

/** The Circles page: every circle, the form that makes one, and what the last change did. */
public record CirclesView(List<CircleRow> circles, CircleForm form, String notice) {
}
