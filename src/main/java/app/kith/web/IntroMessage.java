package app.kith.web;

/**
 * A message to start an introduction's step with, shown for the user to edit, copy or email:
 * {@code slot} keeps its controls apart from the others' of the same introduction, {@code label}
 * says what it is for, {@code mailto} is addressed to whoever it is for (both sides for the
 * introduction itself).
 */
public record IntroMessage(String slot, String label, String subject, String text, String mailto) {
}
