package app.kith.web.circles;

import app.kith.web.PersonRow;
import java.util.List;

/**
 * One circle's page: the circle, its edit form, and its first people by due date; {@code moreUrl}
 * (null when they all show) leads to all of them on the People page.
 */
public record CircleView(CircleRow circle, CircleForm form, List<PersonRow> members, String moreUrl, String notice) {
}
