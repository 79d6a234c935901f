package app.kith.web.introductions;

import app.kith.web.StarterView;
import java.util.List;

/**
 * An introduction as a page shows it: both people, why, where it stands in words ({@code status},
 * each side's answer in {@code sides} while they are being asked, the {@code next} step), and
 * its one-click steps: forms of buttons ({@code steps}), the introduction itself with a channel
 * ({@code introduce}), and the messages that go with them.
 */
public record IntroRow(long id, Who a, Who b, String reason, String state, String status, List<String> sides,
                       String next, boolean open, List<Step> steps, boolean introduce, List<StarterView> messages) {

    /** One of the two people. */
    public record Who(long id, String name) {
    }

    /** Buttons that each post one step about one side ({@code personId}), or about both (null). */
    public record Step(Long personId, List<Button> buttons) {
    }

    /** A button: the step it posts (asked, agreed, declined, met, no-reply, not-a-fit) and its words. */
    public record Button(String step, String label, boolean primary) {
    }

    /** The other one than this person, as their page lists the introduction. */
    public Who other(long personId) {
        return a.id() == personId ? b : a;
    }

    /** Nothing to do about it from here. */
    public boolean noActions() {
        return steps.isEmpty() && !introduce && messages.isEmpty();
    }
}
