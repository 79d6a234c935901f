package app.kith.web.who;

/**
 * The ask of a result, in place: the button that asks {@code firstName} for {@code text}, or,
 * once asked ({@code askId} set), what was asked with Undo and Edit. {@code error} says why an
 * action was refused. {@code filters} bring a browser without JavaScript back to the same search.
 */
public record AskSlot(long personId, String firstName, String text, Long askId, String error, WhoFilters filters) {

    AskSlot asked(long id, String asked) {
        return new AskSlot(personId, firstName, asked, id, null, filters);
    }

    AskSlot refused(String message) {
        return new AskSlot(personId, firstName, text, askId, message, filters);
    }
}
